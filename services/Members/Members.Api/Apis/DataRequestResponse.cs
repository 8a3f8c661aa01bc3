using Loyalty.Members.Api.Domain.Privacy;

namespace Loyalty.Members.Api.Apis;

/// <summary>A member's request for her data or its erasure, with each service's progress.</summary>
/// <param name="Id">The request's id.</param>
/// <param name="MemberId">Whose data.</param>
/// <param name="Kind">Export or Erasure.</param>
/// <param name="Status">
/// Export: Collecting, Ready, Downloaded or Expired. Erasure: AwaitingConfirmation, Erasing, Erased or Declined.
/// </param>
/// <param name="RequestedBy">"member", the staff user's id, or "retention-policy".</param>
/// <param name="RequestedAt">When it was asked for.</param>
/// <param name="Reason">Why (staff's reason for asking, confirming or declining); null when none was given.</param>
/// <param name="DecidedBy">The admin who confirmed or declined an erasure; null until then.</param>
/// <param name="DecidedAt">When it was confirmed or declined; null until then.</param>
/// <param name="Services">Each service that answers, and when it did (null: not yet).</param>
/// <param name="CompletedAt">When the archive was ready, or the erasure done or declined.</param>
/// <param name="ArchiveExpiresAt">Until when an export's archive can be downloaded (once).</param>
/// <param name="DownloadedAt">When the archive was downloaded.</param>
public sealed record DataRequestResponse(
    Guid Id,
    Guid MemberId,
    DataRequestKind Kind,
    DataRequestStatus Status,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string? Reason,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    IReadOnlyList<DataRequestResponse.ServiceProgress> Services,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ArchiveExpiresAt,
    DateTimeOffset? DownloadedAt)
{
    public static DataRequestResponse From(DataRequest request) => new(
        request.Id,
        request.MemberId,
        request.Kind,
        request.Status,
        request.RequestedBy,
        request.RequestedAt,
        request.Reason,
        request.DecidedBy,
        request.DecidedAt,
        [.. request.Services.OrderBy(s => s.Service).Select(s => new ServiceProgress(s.Service, s.DoneAt))],
        request.CompletedAt,
        request.ArchiveExpiresAt,
        request.DownloadedAt);

    /// <param name="Service">The service's name, as in deploy/services.json.</param>
    /// <param name="DoneAt">When it produced its part or erased her; null: not yet.</param>
    public sealed record ServiceProgress(string Service, DateTimeOffset? DoneAt);
}
