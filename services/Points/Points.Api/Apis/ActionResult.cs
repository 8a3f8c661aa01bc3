using Loyalty.Points.Api.Domain.Earning;

namespace Loyalty.Points.Api.Apis;

/// <summary>What an action earned. Points 0 with an Outcome saying why (e.g. the monthly social-share cap).</summary>
/// <param name="MemberId">The member who acted.</param>
/// <param name="Action">Review, SocialShare or Survey.</param>
/// <param name="Reference">The action's reference.</param>
/// <param name="Points">Points it earned (0 with an outcome saying why).</param>
/// <param name="Balance">The balance after it.</param>
/// <param name="Outcome">
/// Earned, or why not (e.g. the monthly social-share cap, already earned for this reference).
/// </param>
public sealed record ActionResult(
    Guid MemberId, PointsAction Action, string Reference, long Points, long Balance, string Outcome);
