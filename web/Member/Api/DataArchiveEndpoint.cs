using System.Net;
using Microsoft.AspNetCore.Antiforgery;

namespace Loyalty.Member.Api;

/// <summary>
/// Her data archive, downloaded once: a form post (never a link a browser might prefetch and so spend) that passes the
/// Members API's file on as it came. An archive already downloaded, expired or not ready sends her back to the page,
/// which says which.
/// </summary>
public static class DataArchiveEndpoint
{
    public const string MyDataPage = "/my-data";

    public static IEndpointRouteBuilder MapDataArchiveDownload(this IEndpointRouteBuilder app)
    {
        app.MapPost(MyDataPage + "/archive/{requestId:guid}", async Task<IResult> (
            Guid requestId, HttpContext http, GatewayApi api) =>
        {
            using var answer = await api.GetRawAsync(
                $"/api/members/me/data-requests/{requestId}/archive", http.RequestAborted);
            if (answer is null or { StatusCode: HttpStatusCode.Unauthorized })
            {
                return TypedResults.LocalRedirect(
                    "/account/sign-in?returnUrl=" + Uri.EscapeDataString(MyDataPage));
            }

            if (!answer.IsSuccessStatusCode)
            {
                var why = answer.StatusCode switch
                {
                    HttpStatusCode.Gone => "gone",
                    HttpStatusCode.Conflict => "not-ready",
                    _ => "failed",
                };
                return TypedResults.LocalRedirect($"{MyDataPage}?archive={why}");
            }

            var fileName = answer.Content.Headers.ContentDisposition?.FileNameStar
                ?? answer.Content.Headers.ContentDisposition?.FileName?.Trim('"')
                ?? $"my-data-{requestId:N}.json";
            var body = await answer.Content.ReadAsByteArrayAsync(http.RequestAborted);
            // Never kept by a cache between her phone and the app: it is all her personal data.
            http.Response.Headers.CacheControl = "no-store";
            return TypedResults.File(body, answer.Content.Headers.ContentType?.ToString() ?? "application/json",
                fileName);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).RequireAuthorization();
        return app;
    }
}
