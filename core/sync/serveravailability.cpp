// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveravailability.h"

void ServerAvailability::follow(ServerLink::State state)
{
    switch (state) {
    case ServerLink::State::Online:
        setAnswering(true);
        break;
    case ServerLink::State::Offline:
        setAnswering(false);
        break;
    case ServerLink::State::Connecting:
        m_answering = false;
        break;
    }
}
