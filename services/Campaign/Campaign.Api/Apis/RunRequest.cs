namespace Loyalty.Campaign.Api.Apis;

/// <summary>A run by hand. RunKey names the run ("once" by default): running the same key again reaches nobody twice.</summary>
public sealed record RunRequest(string? RunKey);
