using Loyalty.Contracts.Privacy;

namespace Loyalty.Members.Api.Domain.Privacy;

/// <summary>
/// A member's request for her data or for its erasure, and each service's progress on it. An export collects one
/// part per service and is downloadable once, until its archive expires; an erasure waits for staff to confirm it
/// with a reason (the retention policy confirms its own at once) and is done when every service has erased her.
/// </summary>
public sealed class DataRequest
{
    /// <summary>RequestedBy when she asked herself (otherwise the staff user's id, or <see cref="RetentionPolicy"/>).</summary>
    public const string ByTheMember = "member";

    public const string RetentionPolicy = "retention-policy";

    private readonly List<DataRequestService> _services = [];

    private DataRequest()
    {
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public DataRequestKind Kind { get; private set; }

    public DataRequestStatus Status { get; private set; }

    public string RequestedBy { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>Why: given by staff asking on her behalf, confirming or declining.</summary>
    public string? Reason { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>An erasure's ground; null for an export.</summary>
    public ErasureGround? Ground { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? ArchiveExpiresAt { get; private set; }

    public DateTimeOffset? DownloadedAt { get; private set; }

    public IReadOnlyList<DataRequestService> Services => _services;

    public bool IsOpen => Status is DataRequestStatus.Collecting or DataRequestStatus.Ready
        or DataRequestStatus.AwaitingConfirmation or DataRequestStatus.Erasing;

    /// <summary>A new request; an export waits for every service, an erasure for staff to confirm it.</summary>
    public static DataRequest Open(
        Guid memberId,
        DataRequestKind kind,
        string requestedBy,
        string? reason,
        IEnumerable<string> services,
        DateTimeOffset now)
    {
        var request = new DataRequest
        {
            Id = Guid.CreateVersion7(now),
            MemberId = memberId,
            Kind = kind,
            Status = kind == DataRequestKind.Export
                ? DataRequestStatus.Collecting
                : DataRequestStatus.AwaitingConfirmation,
            RequestedBy = requestedBy,
            RequestedAt = now,
            Reason = reason,
            Ground = kind == DataRequestKind.Erasure ? ErasureGround.MemberRequest : null,
        };
        request._services.AddRange(services.Distinct().Select(s => DataRequestService.Waiting(request.Id, s)));
        return request;
    }

    /// <summary>The retention policy's erasure: requested and confirmed at once, by the policy.</summary>
    public static DataRequest RetentionErasure(Guid memberId, string reason, IEnumerable<string> services,
        DateTimeOffset now)
    {
        var request = Open(memberId, DataRequestKind.Erasure, RetentionPolicy, reason, services, now);
        request.Ground = ErasureGround.RetentionPolicy;
        request.Confirm(RetentionPolicy, reason, now);
        return request;
    }

    public bool Expects(string service) => _services.Any(s => s.Service == service);

    public bool HasAnswerFrom(string service) => _services.Any(s => s.Service == service && s.DoneAt is not null);

    /// <summary>
    /// One service's export part, kept once; when every service has answered the archive is Ready until
    /// <paramref name="archiveValidFor"/> from now. False when this service had already answered.
    /// </summary>
    public bool AddPart(string service, string part, DateTimeOffset now, TimeSpan archiveValidFor)
    {
        RequireKind(DataRequestKind.Export);
        var progress = ProgressOf(service);
        if (progress.DoneAt is not null || Status != DataRequestStatus.Collecting)
        {
            return false;
        }

        progress.Done(part, now);
        if (_services.All(s => s.DoneAt is not null))
        {
            Status = DataRequestStatus.Ready;
            CompletedAt = now;
            ArchiveExpiresAt = now + archiveValidFor;
        }

        return true;
    }

    /// <summary>Staff confirm an erasure with a reason: AwaitingConfirmation → Erasing.</summary>
    public string? RefusalToDecide() =>
        Kind != DataRequestKind.Erasure ? "Only an erasure request is confirmed or declined."
        : Status != DataRequestStatus.AwaitingConfirmation ? $"The request is {Status}, not awaiting confirmation."
        : null;

    public void Confirm(string decidedBy, string reason, DateTimeOffset now)
    {
        Decide(decidedBy, reason, now);
        Status = DataRequestStatus.Erasing;
    }

    public void Decline(string decidedBy, string reason, DateTimeOffset now)
    {
        Decide(decidedBy, reason, now);
        Status = DataRequestStatus.Declined;
        CompletedAt = now;
    }

    /// <summary>One service has erased her; when all have, the request is Erased. False when it had already.</summary>
    public bool RecordErased(string service, DateTimeOffset erasedAt)
    {
        RequireKind(DataRequestKind.Erasure);
        var progress = ProgressOf(service);
        if (progress.DoneAt is not null || Status != DataRequestStatus.Erasing)
        {
            return false;
        }

        progress.Done(null, erasedAt);
        if (_services.All(s => s.DoneAt is not null))
        {
            Status = DataRequestStatus.Erased;
            CompletedAt = erasedAt;
        }

        return true;
    }

    /// <summary>Whether the archive may still be downloaded; an archive past its time becomes Expired.</summary>
    public bool ExpireArchiveIfDue(DateTimeOffset now)
    {
        if (Status != DataRequestStatus.Ready || now < ArchiveExpiresAt)
        {
            return false;
        }

        Status = DataRequestStatus.Expired;
        DeleteParts();
        return true;
    }

    /// <summary>The parts, handed out once: the request is Downloaded and the stored parts deleted.</summary>
    public IReadOnlyDictionary<string, string> Download(DateTimeOffset now)
    {
        if (Status != DataRequestStatus.Ready)
        {
            throw new InvalidOperationException($"The archive is {Status}, not ready.");
        }

        var parts = _services.ToDictionary(s => s.Service, s => s.Part ?? "{}");
        Status = DataRequestStatus.Downloaded;
        DownloadedAt = now;
        DeleteParts();
        return parts;
    }

    /// <summary>Her data is being erased: parts of her exports still stored go too.</summary>
    public void DeleteParts()
    {
        foreach (var progress in _services)
        {
            progress.DeletePart();
        }
    }

    private void Decide(string decidedBy, string reason, DateTimeOffset now)
    {
        if (RefusalToDecide() is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        DecidedBy = decidedBy;
        Reason = reason;
        DecidedAt = now;
    }

    private DataRequestService ProgressOf(string service) =>
        _services.FirstOrDefault(s => s.Service == service)
        ?? throw new InvalidOperationException($"The request does not wait for service {service}.");

    private void RequireKind(DataRequestKind kind)
    {
        if (Kind != kind)
        {
            throw new InvalidOperationException($"The request is an {Kind}, not an {kind}.");
        }
    }
}
