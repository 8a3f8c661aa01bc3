using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain;

/// <summary>One consent decision as received.</summary>
public sealed record ConsentChoice(Channel? Channel, ConsentPurpose? Purpose, bool? Granted);
