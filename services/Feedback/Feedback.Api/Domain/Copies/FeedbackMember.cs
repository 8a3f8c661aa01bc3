using Loyalty.BuildingBlocks.Copies;

namespace Loyalty.Feedback.Api.Domain.Copies;

/// <summary>What Feedback keeps of a member: her home store (where her follow-ups go), latest wins.</summary>
public sealed class FeedbackMember
{
    private FeedbackMember()
    {
    }

    public Guid MemberId { get; private set; }

    public string HomeStoreId { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    public static FeedbackMember Stated(Guid memberId, string homeStoreId, DateTimeOffset at) =>
        new() { MemberId = memberId, HomeStoreId = homeStoreId, ChangedAt = at.ToUniversalTime() };

    public void Follow(string homeStoreId, DateTimeOffset at)
    {
        if (LatestWins.Replaces(at, ChangedAt))
        {
            (HomeStoreId, ChangedAt) = (homeStoreId, at.ToUniversalTime());
        }
    }
}
