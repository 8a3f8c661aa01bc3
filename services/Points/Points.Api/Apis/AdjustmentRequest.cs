using Loyalty.ServiceDefaults;

namespace Loyalty.Points.Api.Apis;

/// <summary>
/// Points to add (positive) or deduct (negative) for each listed member, with the reason shown in their ledger.
/// </summary>
/// <param name="MemberIds">The members (1 to 1,000).</param>
/// <param name="Points">Points to add (positive) or deduct (negative), non-zero, at most 1,000,000 either way.</param>
/// <param name="Reason">Why (at most 64 characters); shown in each member's ledger.</param>
public sealed record AdjustmentRequest(IReadOnlyList<Guid>? MemberIds, long? Points, string? Reason)
    : IRequestExample<AdjustmentRequest>
{
    public static AdjustmentRequest Example { get; } = new([OpenApiExamples.MemberId], 500, "goodwill-complaint-1127");
}
