namespace Loyalty.Contracts.Notification;

public enum SuppressionReason
{
    NoConsent,
    FrequencyCap,
    Duplicate,
    UnknownMember,
}
