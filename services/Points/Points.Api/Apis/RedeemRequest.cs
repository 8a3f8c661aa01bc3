using Loyalty.ServiceDefaults;

namespace Loyalty.Points.Api.Apis;

/// <summary>Points spent on a catalog item.</summary>
/// <param name="CatalogItemId">The catalog item redeemed.</param>
/// <param name="MemberId">The member who spends: staff give it; a member's own token may leave it out.</param>
/// <param name="RequestId">Optional: a retry with the same id redeems once.</param>
public sealed record RedeemRequest(Guid? CatalogItemId, Guid? MemberId = null, Guid? RequestId = null)
    : IRequestExample<RedeemRequest>
{
    public static RedeemRequest Example { get; } = new(
        Guid.Parse("0193a5b2-5d4e-7a3b-9c2d-1e0f2a3b4c5d"),
        OpenApiExamples.MemberId,
        Guid.Parse("0193a5b4-2c3d-7e4f-9051-6b7c8d9e0f1a"));
}
