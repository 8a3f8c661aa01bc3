namespace Loyalty.Campaign.Api.Domain.CouponTemplates;

/// <summary>
/// What a coupon gives and when and where it applies. Value is the CNY off (AmountOff), the percentage off (PercentOff)
/// or the gift's worth (FreeItem). Validity is either fixed dates (ValidFrom/ValidUntil) or ValidDays from issue.
/// Empty StoreIds or Categories mean every store or every category.
/// </summary>
public sealed class CouponTemplate
{
    private CouponTemplate()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public CouponKind Kind { get; private set; }

    public decimal Value { get; private set; }

    /// <summary>The eligible basket amount needed (满 200 减 80: 200). Zero for none.</summary>
    public decimal Threshold { get; private set; }

    /// <summary>
    /// The most a PercentOff coupon takes off; required for PercentOff (it is what the budget charges).
    /// </summary>
    public decimal? MaxDiscount { get; private set; }

    /// <summary>For FreeItem: the treatment or gift given.</summary>
    public string? GiftName { get; private set; }

    public DateTimeOffset? ValidFrom { get; private set; }

    public DateTimeOffset? ValidUntil { get; private set; }

    public int? ValidDays { get; private set; }

    /// <summary>How many coupons of this template one member may hold in total; null for no limit.</summary>
    public int? PerMemberLimit { get; private set; }

    public List<string> StoreIds { get; private set; } = [];

    public List<string> Categories { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// The template a definition describes, trimmed as stored (a maximum discount only for PercentOff); the domain's
    /// <see cref="Validate"/> says what is wrong with it before it is saved.
    /// </summary>
    public static CouponTemplate Create(Guid id, CouponTemplateDefinition definition, DateTimeOffset createdAt) => new()
    {
        Id = id,
        Name = definition.Name?.Trim()!,
        Kind = definition.Kind,
        Value = definition.Value,
        Threshold = definition.Threshold,
        MaxDiscount = definition.Kind == CouponKind.PercentOff ? definition.MaxDiscount : null,
        GiftName = definition.GiftName?.Trim(),
        ValidFrom = definition.ValidFrom?.ToUniversalTime(),
        ValidUntil = definition.ValidUntil?.ToUniversalTime(),
        ValidDays = definition.ValidDays,
        PerMemberLimit = definition.PerMemberLimit,
        StoreIds = Trimmed(definition.StoreIds),
        Categories = Trimmed(definition.Categories),
        CreatedAt = createdAt,
    };

    /// <summary>Whether a member holding <paramref name="held"/> coupons of this template may get another.</summary>
    public bool AllowsAnother(int held) => PerMemberLimit is not { } limit || held < limit;

    /// <summary>What one coupon costs the budget at most, in CNY.</summary>
    public decimal FaceValue => Kind switch
    {
        CouponKind.AmountOff => Value,
        CouponKind.PercentOff => MaxDiscount ?? 0m,
        _ => Value,
    };

    /// <summary>The validity of a coupon issued at <paramref name="issuedAt"/>.</summary>
    public (DateTimeOffset From, DateTimeOffset Until) ValidityFor(DateTimeOffset issuedAt) =>
        ValidDays is { } days ? (issuedAt, issuedAt.AddDays(days)) : (ValidFrom ?? issuedAt, ValidUntil ?? issuedAt);

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 128)
        {
            errors["name"] = ["Name is required (at most 128 characters)."];
        }

        if (!Enum.IsDefined(Kind))
        {
            errors["kind"] = ["Kind is AmountOff, PercentOff or FreeItem."];
        }

        switch (Kind)
        {
            case CouponKind.AmountOff when Value is <= 0 or > 100_000:
                errors["value"] = ["An amount off is more than 0 and at most 100,000 CNY."];
                break;
            case CouponKind.PercentOff when Value is <= 0 or >= 100:
                errors["value"] = ["A percentage off is more than 0 and less than 100."];
                break;
            case CouponKind.PercentOff when MaxDiscount is not > 0:
                errors["maxDiscount"] = ["A percentage-off coupon needs a cap (maxDiscount, CNY, more than 0)."];
                break;
            case CouponKind.FreeItem when string.IsNullOrWhiteSpace(GiftName) || Value < 0:
                errors["giftName"] =
                    ["A free treatment or gift needs its name (giftName) and its worth (value, CNY, not negative)."];
                break;
        }

        if (Threshold < 0)
        {
            errors["threshold"] = ["The threshold cannot be negative."];
        }

        if (ValidDays is null == (ValidUntil is null))
        {
            errors["validDays"] = ["Give either validDays (days from issue) or validUntil (fixed dates), not both."];
        }
        else if (ValidDays is < 1 or > 3650)
        {
            errors["validDays"] = ["validDays is 1 to 3650."];
        }
        else if (ValidUntil is { } until && ValidFrom is { } from && until <= from)
        {
            errors["validUntil"] = ["validUntil must be after validFrom."];
        }

        if (PerMemberLimit is < 1)
        {
            errors["perMemberLimit"] = ["perMemberLimit is at least 1 (leave it out for no limit)."];
        }

        if (StoreIds.Any(string.IsNullOrWhiteSpace) || Categories.Any(string.IsNullOrWhiteSpace))
        {
            errors[StoreIds.Any(
                string.IsNullOrWhiteSpace) ? "storeIds" : "categories"] = ["Store ids and categories cannot be blank."];
        }

        return errors;
    }

    // A null entry stays null for Validate to refuse by name.
    private static List<string> Trimmed(
        IReadOnlyList<string> values) => values.Select(s => s?.Trim()!).Distinct().ToList();
}
