using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain.Consents;

/// <summary>One consent decision as received.</summary>
/// <param name="Channel">Sms, WeChat, Email or Push.</param>
/// <param name="Purpose">Marketing or Transactional.</param>
/// <param name="Granted">true to grant, false to withdraw.</param>
public sealed record ConsentChoice(Channel? Channel, ConsentPurpose? Purpose, bool? Granted);
