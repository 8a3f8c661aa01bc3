using Loyalty.Points.Api.Domain;

namespace Loyalty.Points.Api.Apis;

/// <summary>
/// A member's action that earns a bonus, reported by staff or a partner system. Reference names the action in the
/// reporting system (review id, share URL, survey response id): the same reference twice earns once.
/// </summary>
public sealed record ActionRequest(Guid? MemberId, PointsAction? Action, string? Reference);
