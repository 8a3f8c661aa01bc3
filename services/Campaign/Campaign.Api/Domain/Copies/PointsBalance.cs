namespace Loyalty.Campaign.Api.Domain.Copies;

/// <summary>A member's points balance as of the latest Points event seen (by OccurredAt), for the points liability.</summary>
public sealed class PointsBalance
{
    public Guid MemberId { get; init; }

    public long Balance { get; set; }

    public DateTimeOffset AsOf { get; set; }
}
