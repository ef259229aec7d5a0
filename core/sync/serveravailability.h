// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/serverlink.h"

#include <atomic>

// Whether the shared server answers, as the server link last found it: the one value every
// authority of a terminal's chain reads. TerminalStack has it follow the link; tests set it.
// Read from any thread (server calls run on workers).
class ServerAvailability
{
public:
    explicit ServerAvailability(bool answering = true) { setAnswering(answering); }

    // Online: answering. Offline: gone. Connecting: not answering yet, and gone if it was gone
    // (reconnecting after an outage) — so a call made meanwhile fails at once instead of
    // waiting on a connect timeout, while a link that only rechecks keeps its calls going.
    void follow(ServerLink::State state);
    void setAnswering(bool answering)
    {
        m_answering = answering;
        m_gone = !answering;
    }

    // New sales go to the server only while it answers.
    bool isAnswering() const { return m_answering; }
    // Server calls fail at once: the link has found it gone and not reached it since.
    bool isKnownGone() const { return m_gone; }

private:
    std::atomic<bool> m_answering{true};
    std::atomic<bool> m_gone{false};
};
