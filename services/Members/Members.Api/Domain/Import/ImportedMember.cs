using Loyalty.Contracts;
using Loyalty.Members.Api.Domain.Members;

namespace Loyalty.Members.Api.Domain.Import;

/// <summary>One valid import row: who, their profile, the tier and join date their previous system gave them.</summary>
public sealed record ImportedMember(
    int Line, PhoneNumber Phone, MemberProfile Profile, Tier Tier, DateTimeOffset? RegisteredAt);
