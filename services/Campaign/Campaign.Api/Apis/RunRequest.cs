using Loyalty.ServiceDefaults;

namespace Loyalty.Campaign.Api.Apis;

/// <summary>A run by hand; the body may be left out.</summary>
/// <param name="RunKey">Names the run (at most 64 characters, "once" by default): the same key again reaches nobody
/// twice.</param>
public sealed record RunRequest(string? RunKey = null) : IRequestExample<RunRequest>
{
    public static RunRequest Example { get; } = new("2026-12-12");
}
