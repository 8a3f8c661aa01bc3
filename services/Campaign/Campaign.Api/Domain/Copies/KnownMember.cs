namespace Loyalty.Campaign.Api.Domain.Copies;

/// <summary>The Campaign service's copy of a member (from Members' events): only what targeting needs. The birth date is kept as its month alone.</summary>
public sealed class KnownMember
{
    public Guid MemberId { get; init; }

    public required string HomeStoreId { get; set; }

    public int BirthMonth { get; set; }

    public DateTimeOffset RegisteredAt { get; init; }
}
