namespace Loyalty.Feedback.Api.Application;

/// <summary>Configuration section "Feedback" (environment: Feedback__Key).</summary>
public sealed class FeedbackOptions
{
    public const string SectionName = "Feedback";

    /// <summary>
    /// The member app's address: personal links are &lt;MemberAppAddress&gt;/s/&lt;token&gt; (the launcher sets it to
    /// the member app's address).
    /// </summary>
    public string MemberAppAddress { get; set; } = "http://127.0.0.1:5109";

    /// <summary>How often the sender looks for invitations that are due.</summary>
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Invitations sent per round (each round is one transaction).</summary>
    public int SendBatchSize { get; set; } = 200;
}
