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
}
