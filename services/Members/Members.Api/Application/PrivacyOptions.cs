namespace Loyalty.Members.Api.Application;

/// <summary>The "Privacy" section: who answers a request, how long an archive stays, and the retention policy.</summary>
public sealed class PrivacyOptions
{
    public static readonly string[] AllServices =
        ["members", "points", "segmentation", "campaign", "notification", "feedback", "identity"];

    /// <summary>The services whose part or erasure a request waits for; null or empty: all seven.</summary>
    public string[]? Services { get; set; }

    public int ArchiveValidHours { get; set; } = 72;

    public RetentionOptions Retention { get; set; } = new();

    public IReadOnlyList<string> AnsweringServices => Services is { Length: > 0 } listed ? listed : AllServices;

    public TimeSpan ArchiveValidFor => TimeSpan.FromHours(ArchiveValidHours);

    /// <summary>"Privacy:Retention": members with no activity for InactiveMemberYears are erased.</summary>
    public sealed class RetentionOptions
    {
        public int InactiveMemberYears { get; set; } = 5;

        /// <summary>How often the daily job looks whether today's run is due (it runs once per clinic day).</summary>
        public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

        /// <summary>Members one run erases at most (the rest next day), so a first run on old data stays short.</summary>
        public int BatchSize { get; set; } = 500;
    }
}
