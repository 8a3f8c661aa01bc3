namespace Loyalty.Members.Api.Domain.Privacy;

/// <summary>
/// Export: Collecting → Ready → Downloaded | Expired. Erasure: AwaitingConfirmation → Erasing → Erased, or Declined.
/// </summary>
public enum DataRequestStatus
{
    Collecting,
    Ready,
    Downloaded,
    Expired,
    AwaitingConfirmation,
    Erasing,
    Erased,
    Declined,
}
