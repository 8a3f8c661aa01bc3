namespace Loyalty.Points.Api.Apis;

/// <summary>MemberId: staff redeem for a member; a member's own token may leave it out. RequestId: optional, a retry with the same id redeems once.</summary>
public sealed record RedeemRequest(Guid? CatalogItemId, Guid? MemberId, Guid? RequestId);
