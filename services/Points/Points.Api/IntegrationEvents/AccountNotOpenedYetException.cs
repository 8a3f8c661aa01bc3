namespace Loyalty.Points.Api.IntegrationEvents;

/// <summary>
/// A member event overtook the MemberRegistered that opens the account. Thrown so the bus redelivers it later
/// (retry policy) instead of dropping a change the account would then never see.
/// </summary>
public sealed class AccountNotOpenedYetException(Guid memberId, string eventName)
    : Exception($"{eventName} for member {memberId} arrived before the points account was opened; it will be redelivered.");
