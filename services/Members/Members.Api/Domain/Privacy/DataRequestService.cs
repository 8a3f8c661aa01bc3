namespace Loyalty.Members.Api.Domain.Privacy;

/// <summary>
/// One service's progress on a request: when it answered and, for an export, the part it produced (a JSON object,
/// personal data, kept only until the archive is downloaded or expires).
/// </summary>
public sealed class DataRequestService
{
    private DataRequestService()
    {
    }

    public Guid RequestId { get; private set; }

    /// <summary>The service's name, lower case, as in deploy/services.json.</summary>
    public string Service { get; private set; } = "";

    public DateTimeOffset? DoneAt { get; private set; }

    public string? Part { get; private set; }

    internal static DataRequestService Waiting(Guid requestId, string service) =>
        new() { RequestId = requestId, Service = service };

    internal void Done(string? part, DateTimeOffset at)
    {
        Part = part;
        DoneAt = at;
    }

    internal void DeletePart() => Part = null;
}
