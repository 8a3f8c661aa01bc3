using Loyalty.Points.Api.Domain.Earning;
using Loyalty.ServiceDefaults;

namespace Loyalty.Points.Api.Apis;

/// <summary>
/// A member's action that earns a bonus, reported by staff or a partner system. Reference names the action in the
/// reporting system (review id, share URL, survey response id): the same reference twice earns once.
/// </summary>
/// <param name="MemberId">The member who acted.</param>
/// <param name="Action">Review, SocialShare or Survey.</param>
/// <param name="Reference">
/// The action in the reporting system (at most 100 characters): review id, share URL, survey response id.
/// </param>
public sealed record ActionRequest(Guid? MemberId, PointsAction? Action, string? Reference)
    : IRequestExample<ActionRequest>
{
    public static ActionRequest Example { get; } =
        new(OpenApiExamples.MemberId, PointsAction.Review, "dianping-review-88231");
}
