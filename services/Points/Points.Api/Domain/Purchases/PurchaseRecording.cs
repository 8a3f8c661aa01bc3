using Loyalty.ServiceDefaults;

namespace Loyalty.Points.Api.Domain.Purchases;

/// <summary>A purchase as the POS sends it, before validation (anything may be missing or wrong).</summary>
/// <param name="ExternalOrderId">
/// The till's order id (1–64 letters, digits or - _ . :): the same id again records once.
/// </param>
/// <param name="MemberId">The paying member.</param>
/// <param name="StoreId">The store where it was paid, e.g. SH-JINGAN-01.</param>
/// <param name="Amount">What was paid, in CNY (above 0, at most 2 decimals); the items add up to it.</param>
/// <param name="Items">What was bought, at least one line.</param>
/// <param name="PaidAt">When it was paid (ISO 8601 with any offset; not in the future).</param>
/// <param name="CouponCodes">
/// Optional: the codes of the coupons redeemed for this order at checkout (POST /api/coupons/redeem with the same
/// externalOrderId).
/// </param>
/// <param name="AdvisorId">
/// Optional: the staff member who advised the member on this purchase (the POS's staff code, at most 64 characters);
/// feedback results are read per advisor.
/// </param>
public sealed record PurchaseRecording(
    string? ExternalOrderId,
    Guid? MemberId,
    string? StoreId,
    decimal? Amount,
    IReadOnlyList<PurchaseLine>? Items,
    DateTimeOffset? PaidAt,
    IReadOnlyList<string?>? CouponCodes = null,
    string? AdvisorId = null) : IRequestExample<PurchaseRecording>
{
    public static PurchaseRecording Example { get; } = new(
        "POS-SH-JINGAN-01-20261130-0042", OpenApiExamples.MemberId, "SH-JINGAN-01", 6_860m,
        [new PurchaseLine("HA-1ML", "injectables", 1, 4_980m), new PurchaseLine("IPL-FACE", "laser", 1, 1_880m)],
        new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero), AdvisorId: "demo.jingan");
}
