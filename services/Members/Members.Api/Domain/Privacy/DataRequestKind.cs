namespace Loyalty.Members.Api.Domain.Privacy;

/// <summary>What a member asks for under PIPL: a copy of her data (art. 45) or its deletion (art. 47).</summary>
public enum DataRequestKind
{
    Export,
    Erasure,
}
