namespace Loyalty.Contracts;

/// <summary>Why a message is sent: PIPL consent is asked separately for each purpose.</summary>
public enum ConsentPurpose
{
    Marketing,
    Transactional,

    /// <summary>
    /// A one-time sign-in code the member asked for this moment: sent because she asked, so it needs no consent
    /// record, and it is never capped or deferred. Not a purpose anyone consents to (Members refuses it).
    /// </summary>
    SignIn,

    /// <summary>Satisfaction surveys and care follow-ups (回访) after a treatment or a campaign.</summary>
    Feedback,
}
