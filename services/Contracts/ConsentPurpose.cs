namespace Loyalty.Contracts;

/// <summary>Why a message is sent: PIPL consent is asked separately for each purpose.</summary>
public enum ConsentPurpose
{
    Marketing,
    Transactional,
}
