namespace Loyalty.Campaign.Api.Domain.Copies;

/// <summary>
/// The Campaign service's copy of a member (from Members' events): only what targeting needs. The birth date is kept
/// as its month alone. Profile updates carry no moment this copy keeps, so the last one handled stands (as before).
/// </summary>
public sealed class KnownMember
{
    private KnownMember()
    {
    }

    public Guid MemberId { get; private set; }

    public string HomeStoreId { get; private set; } = "";

    /// <summary>1 to 12; 0 once her personal data was erased (no birthday run matches it).</summary>
    public int BirthMonth { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public static KnownMember Registered(
        Guid memberId, string homeStoreId, int birthMonth, DateTimeOffset registeredAt) =>
        new()
        {
            MemberId = memberId, HomeStoreId = homeStoreId, BirthMonth = birthMonth,
            RegisteredAt = registeredAt.ToUniversalTime(),
        };

    /// <summary>Her personal data was erased: the birth month goes, the home store stays for the stores' figures.</summary>
    public void ForgetBirthMonth() => BirthMonth = 0;

    public void UpdateProfile(
        string homeStoreId, int birthMonth) => (HomeStoreId, BirthMonth) = (homeStoreId, birthMonth);
}
