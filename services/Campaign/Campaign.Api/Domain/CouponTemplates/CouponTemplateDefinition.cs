namespace Loyalty.Campaign.Api.Domain.CouponTemplates;

/// <summary>
/// What an admin (or a journey) asks a new coupon template to be, before it is trimmed and checked
/// (<see cref="CouponTemplate.Create"/>, <see cref="CouponTemplate.Validate"/>).
/// </summary>
public sealed record CouponTemplateDefinition(
    string Name,
    CouponKind Kind = CouponKind.AmountOff,
    decimal Value = 0m,
    decimal Threshold = 0m,
    decimal? MaxDiscount = null,
    string? GiftName = null,
    DateTimeOffset? ValidFrom = null,
    DateTimeOffset? ValidUntil = null,
    int? ValidDays = null,
    int? PerMemberLimit = null)
{
    public IReadOnlyList<string> StoreIds { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The template as it would be stored, for the domain's validation and for saving.</summary>
    public CouponTemplate ToTemplate(Guid id, DateTimeOffset createdAt) => CouponTemplate.Create(id, this, createdAt);
}
