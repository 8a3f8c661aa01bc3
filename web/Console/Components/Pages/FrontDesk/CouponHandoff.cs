using Loyalty.Console.Api;

namespace Loyalty.Console.Components.Pages.FrontDesk;

/// <summary>A redeemed coupon's order, handed to the purchase tab: the same member, store, order id and code.</summary>
public sealed record CouponHandoff(
    string? Phone, MemberProfile? Member, string? StoreId, string? OrderId, string? Code, List<DeskLine> Lines);
