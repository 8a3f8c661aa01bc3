namespace Loyalty.Contracts;

/// <summary>A channel a member can be reached on.</summary>
public enum Channel
{
    Sms,
    WeChat,
    Email,
    Push,
}
