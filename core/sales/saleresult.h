// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/saleerror.h"

#include <optional>

// A value or the reason there is none.
template<typename T> class SaleResult
{
public:
    SaleResult(T value) : m_value(std::move(value)) {}
    SaleResult(SaleError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const SaleError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    SaleError m_error;
};
