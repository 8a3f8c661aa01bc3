namespace Loyalty.Notification.Api.Application;

/// <summary>A request overtook the member's MemberRegistered: thrown so the retry policy redelivers it.</summary>
public sealed class MemberNotKnownYetException(Guid memberId)
    : Exception($"Member {memberId} is not known here yet (MemberRegistered not consumed); "
        + "the request will be redelivered.");
