namespace Loyalty.Console.Api;

// Members' data-rights requests (docs/privacy.md), as the Members API spells them. Kinds and statuses stay strings, so
// one added later shows as it is.

/// <summary>GET /api/members/data-requests (the queue), .../data-requests/{id} and a member's own list.</summary>
public sealed record DataRequest(
    Guid Id,
    Guid MemberId,
    string Kind,
    string Status,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string? Reason,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    IReadOnlyList<DataRequestService> Services,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ArchiveExpiresAt,
    DateTimeOffset? DownloadedAt)
{
    public int ServicesDone => Services.Count(service => service.DoneAt is not null);

    /// <summary>Nothing more will happen to it, so a page showing it need not follow it.</summary>
    public bool IsClosed => Status is "Downloaded" or "Expired" or "Erased" or "Declined";
}

/// <summary>One service's part: done when it has produced her part of the export, or erased her.</summary>
public sealed record DataRequestService(string Service, DateTimeOffset? DoneAt);

/// <summary>POST /api/members/{memberId}/data-requests: staff asking on her behalf.</summary>
public sealed record DataRequestOnBehalf(string Kind, string? Reason);

/// <summary>POST /api/members/data-requests/{id}/confirm and .../decline.</summary>
public sealed record DataRequestDecision(string Reason);

/// <summary>GET /api/members/{memberId}/consents/history: every change, with its time and source.</summary>
public sealed record ConsentChange(
    string Channel, string Purpose, bool Granted, string? Source, DateTimeOffset ChangedAt);

public static class DataRequestChoices
{
    public const string Export = "Export";
    public const string Erasure = "Erasure";

    public static readonly string[] Kinds = [Export, Erasure];

    public static readonly string[] Statuses =
        ["Collecting", "Ready", "Downloaded", "Expired", "AwaitingConfirmation", "Erasing", "Erased", "Declined"];
}
