using Loyalty.Members.Api.Domain.Privacy;
using Loyalty.ServiceDefaults;

namespace Loyalty.Members.Api.Apis;

/// <summary>A request for a member's data or its erasure.</summary>
/// <param name="Kind">Export (a copy of her data) or Erasure (its deletion, once staff confirm it).</param>
/// <param name="Reason">Why, when staff ask on her behalf (at most 500 characters); optional.</param>
public sealed record DataRequestCreation(DataRequestKind? Kind, string? Reason = null)
    : IRequestExample<DataRequestCreation>
{
    public static DataRequestCreation Example { get; } = new(DataRequestKind.Export);
}

/// <summary>An admin's decision on an erasure request.</summary>
/// <param name="Reason">Why it is confirmed or declined (the evidence), at most 500 characters.</param>
public sealed record ErasureDecision(string? Reason) : IRequestExample<ErasureDecision>
{
    public static ErasureDecision Example { get; } = new("会员本人书面申请，已核实身份");
}
