using System.Net;
using System.Net.Http.Json;

namespace Loyalty.EndToEndTests.Identity;

/// <summary>
/// Every member signs in through the member app, so the per-address limit on sign-in codes (twenty an hour) must count
/// the address of her phone, which the member app names in X-Forwarded-For and the gateway believes from it
/// (Gateway:TrustedProxies: this machine under the launcher). One phone's address using its twenty leaves the next
/// phone's free, where before every member shared the app's twenty.
/// </summary>
[Collection(StackCollection.Name)]
public class ForwardedAddressTests(StackFixture stack)
{
    private const int AddressLimit = 20;

    [Fact]
    public async Task The_per_address_limit_counts_the_phone_the_trusted_member_app_names_not_the_app()
    {
        // Documentation addresses (RFC 5737), one pair per run so a rerun on the same stack starts from zero.
        var run = Random.Shared.Next(1, 254);
        var (busy, next) = ($"198.51.100.{run}", $"203.0.113.{run}");

        for (var i = 0; i < AddressLimit; i++)
        {
            using var asked = await AskFromAsync(busy);
            Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        }

        using (var over = await AskFromAsync(busy))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        }

        using var fromNextPhone = await AskFromAsync(next);
        Assert.Equal(HttpStatusCode.Accepted, fromNextPhone.StatusCode);
    }

    /// <summary>A code for a phone nobody registered (the answer is the same 202), as the member app asks for it.</summary>
    private async Task<HttpResponseMessage> AskFromAsync(string phoneAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/sign-in-code")
        {
            Content = JsonContent.Create(new { phone = Registrations.NewPhone() }),
        };
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", phoneAddress);
        return await stack.Gateway.SendAsync(request);
    }
}
