using System.Diagnostics;
using System.Text;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Domain.Import;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Apis;

public static class ImportsApi
{
    private const string Example =
        "phone,name,gender,birthDate,homeStoreId,tier,registeredAt\n"
        + "13912340001,李娜,女,1992-03-08,SH-XUHUI-02,金卡,2019-06-15\n";

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members/imports").WithTags("Import").RequireAuthorization(Policies.Admin);
        api.MapPost("/", Import)
            .Accepts<string>("text/csv") // routing answers 415 to any other content type
            .WithRequestExample("text/csv", Example)
            .WithSummary("Import members from a CSV file "
                + "(header: phone,name,gender,birthDate,homeStoreId[,skinType,interestTags,tier,registeredAt]). "
                + "Bad rows are reported by line and do not stop the others; phones already registered are counted, "
                + "not created again.");
        api.MapPost("/jobs", SubmitJob)
            .Accepts<string>("text/csv")
            .WithRequestExample("text/csv", Example)
            .WithSummary("Import members from a CSV file (the same file as POST /api/members/imports) in the "
                + "background: 202 with the job's Location; a file that cannot be imported at all is refused at once.");
        api.MapGet("/jobs/{id:guid}", GetJob)
            .WithSummary("An import job's status (Queued, Running, Finished, Failed) and progress: lines processed "
                + "of the total, created, already members, failed, and each failed line's errors.");
        return app;
    }

    public static async Task<Results<Ok<MemberImportReport>, ValidationProblem>> Import(
        HttpRequest request, ImportMembers import, CancellationToken cancellationToken)
    {
        // The CSV reader reads synchronously, which Kestrel's request stream refuses: take the file in first (it is
        // bounded by the request size limit).
        using var file = new MemoryStream();
        await request.Body.CopyToAsync(file, cancellationToken);
        file.Position = 0;
        return await import.HandleAsync(file, cancellationToken) switch
        {
            ImportMembers.Outcome.Imported(var report) => TypedResults.Ok(report),
            ImportMembers.Outcome.FileRefused(var problems) => FileRefused(problems),
            var other => throw new UnreachableException($"Unmapped outcome {other}"),
        };
    }

    public static async Task<Results<Accepted<MemberImportJobResponse>, ValidationProblem>> SubmitJob(
        HttpRequest request, SubmitMemberImport submit, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var csv = await reader.ReadToEndAsync(cancellationToken);
        return await submit.HandleAsync(csv, cancellationToken) switch
        {
            SubmitMemberImport.Outcome.Queued(var job) => TypedResults.Accepted(
                $"/api/members/imports/jobs/{job.Id}", MemberImportJobResponse.From(job)),
            SubmitMemberImport.Outcome.FileRefused(var problems) => FileRefused(problems),
            var other => throw new UnreachableException($"Unmapped outcome {other}"),
        };
    }

    public static async Task<Results<Ok<MemberImportJobResponse>, NotFound>> GetJob(
        Guid id, MembersDbContext db, CancellationToken cancellationToken) =>
        await db.ImportJobs.Where(j => j.Id == id).Select(MemberImportJobResponse.Select)
            .FirstOrDefaultAsync(cancellationToken) is { } job
            ? TypedResults.Ok(job)
            : TypedResults.NotFound();

    private static ValidationProblem FileRefused(string[] problems) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = problems });
}
