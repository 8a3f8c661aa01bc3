using Loyalty.Points.Api.Domain;

namespace Loyalty.Points.Api.Apis;

/// <summary>What an action earned. Points 0 with an Outcome saying why (e.g. the monthly social-share cap).</summary>
public sealed record ActionResult(Guid MemberId, PointsAction Action, string Reference, long Points, long Balance, string Outcome);
