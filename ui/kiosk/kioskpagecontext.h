// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class CatalogRepository;
class SaleSession;
struct KioskVisit;

// What every kiosk page is given when it is built: the sale, the catalogue, the person's
// choices so far, and how the screen is now. A page is built again whenever any of the last two
// change, so they are plain values.
struct KioskPageContext
{
    SaleSession &sale;
    CatalogRepository &catalog;
    KioskVisit &visit;
    bool portrait = false;
    bool largeText = false;
};
