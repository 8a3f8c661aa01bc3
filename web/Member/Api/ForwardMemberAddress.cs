namespace Loyalty.Member.Api;

/// <summary>
/// Says, on every call to the gateway, which address the member's phone connected from (X-Forwarded-For): the
/// gateway trusts it from the member app (Gateway:TrustedProxies), so the Identity service's per-address limit on
/// sign-in codes and the gateway's limit on calls without a token count each phone, not this app, which every member
/// signs in through. Whatever the phone itself sent as X-Forwarded-For is not passed on.
/// </summary>
public sealed class ForwardMemberAddress(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("X-Forwarded-For");
        if (accessor.HttpContext?.Connection.RemoteIpAddress is { } address)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", address.ToString());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
