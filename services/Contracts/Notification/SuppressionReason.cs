namespace Loyalty.Contracts.Notification;

public enum SuppressionReason
{
    NoConsent,
    FrequencyCap,
    Duplicate,
    UnknownMember,

    /// <summary>The member's personal data was erased (PIPL): nothing is sent to her, or kept but this record.</summary>
    MemberErased,
}
