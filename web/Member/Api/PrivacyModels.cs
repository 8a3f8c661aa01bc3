namespace Loyalty.Member.Api;

// Her data rights, as the Members API spells them (docs/privacy.md): requests for a copy of her data or its erasure,
// and her consent changes kept as evidence. Kinds and statuses stay strings, so one added later shows as it is.

/// <summary>GET /api/members/me/data-requests, newest first; POST answers one.</summary>
public sealed record DataRequest(
    Guid Id,
    string Kind,
    string Status,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string? Reason,
    DateTimeOffset? DecidedAt,
    IReadOnlyList<DataRequestService> Services,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ArchiveExpiresAt,
    DateTimeOffset? DownloadedAt)
{
    public int ServicesDone => Services.Count(service => service.DoneAt is not null);

    /// <summary>Nothing more will happen to it: another request of its kind may be made.</summary>
    public bool IsClosed => Status is DataRequestStatus.Downloaded or DataRequestStatus.Expired
        or DataRequestStatus.Erased or DataRequestStatus.Declined;
}

/// <summary>One service's part of a request: done when it has answered (its part, or her erasure).</summary>
public sealed record DataRequestService(string Service, DateTimeOffset? DoneAt);

/// <summary>POST /api/members/me/data-requests.</summary>
public sealed record DataRequestCreate(string Kind);

/// <summary>GET /api/members/me/consents/history: every change, with its time and source.</summary>
public sealed record ConsentChange(
    string Channel, string Purpose, bool Granted, string? Source, DateTimeOffset ChangedAt);

public static class DataRequestKind
{
    public const string Export = "Export";
    public const string Erasure = "Erasure";
}

public static class DataRequestStatus
{
    public const string Collecting = "Collecting";
    public const string Ready = "Ready";
    public const string Downloaded = "Downloaded";
    public const string Expired = "Expired";
    public const string AwaitingConfirmation = "AwaitingConfirmation";
    public const string Erasing = "Erasing";
    public const string Erased = "Erased";
    public const string Declined = "Declined";
}
