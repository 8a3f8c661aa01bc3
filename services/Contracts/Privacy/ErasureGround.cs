namespace Loyalty.Contracts.Privacy;

/// <summary>Why a member's personal data is erased.</summary>
public enum ErasureGround
{
    /// <summary>She asked (PIPL art. 47), and staff confirmed it with a reason.</summary>
    MemberRequest,

    /// <summary>The chain's retention policy: no activity for longer than it keeps members.</summary>
    RetentionPolicy,
}
