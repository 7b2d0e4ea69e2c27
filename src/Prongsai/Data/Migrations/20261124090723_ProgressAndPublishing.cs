using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations
{
    // Provider-neutral like Initial: no column types, so SQLite and PostgreSQL each map the CLR types
    // (byte[] is BLOB or bytea, DateOnly is TEXT or date).
    /// <inheritdoc />
    public partial class ProgressAndPublishing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DisplayName",
                table: "AspNetUsers",
                
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Position",
                table: "AspNetUsers",
                
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProgressUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    AgencyId = table.Column<Guid>(nullable: false),
                    MeasureId = table.Column<Guid>(nullable: false),
                    On = table.Column<DateOnly>(nullable: false),
                    Text = table.Column<string>(nullable: false),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    CorrectsId = table.Column<Guid>(nullable: true),
                    RecordedAt = table.Column<DateTime>(nullable: false),
                    RecordedBy = table.Column<string>(maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Publications",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    AgencyId = table.Column<Guid>(nullable: false),
                    FiscalYear = table.Column<int>(nullable: false),
                    Kind = table.Column<string>(maxLength: 16, nullable: false),
                    Number = table.Column<int>(nullable: false),
                    PublishedAt = table.Column<DateTime>(nullable: false),
                    SubmissionId = table.Column<Guid>(nullable: true),
                    ApprovedByName = table.Column<string>(maxLength: 200, nullable: true),
                    ApprovedByPosition = table.Column<string>(maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Publications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Publications_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RemindersSent",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    MeasureId = table.Column<Guid>(nullable: false),
                    Recipient = table.Column<string>(maxLength: 256, nullable: false),
                    On = table.Column<DateOnly>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemindersSent", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    AgencyId = table.Column<Guid>(nullable: false),
                    FiscalYear = table.Column<int>(nullable: false),
                    Kind = table.Column<string>(maxLength: 16, nullable: false),
                    State = table.Column<string>(maxLength: 16, nullable: false),
                    DocumentJson = table.Column<string>(nullable: false),
                    SubmittedAt = table.Column<DateTime>(nullable: false),
                    SubmittedBy = table.Column<string>(maxLength: 256, nullable: false),
                    ReviewedAt = table.Column<DateTime>(nullable: true),
                    ReviewedBy = table.Column<string>(maxLength: 256, nullable: true),
                    ReviewerName = table.Column<string>(maxLength: 200, nullable: true),
                    ReviewerPosition = table.Column<string>(maxLength: 200, nullable: true),
                    Comment = table.Column<string>(nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Submissions_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    UpdateId = table.Column<Guid>(nullable: false),
                    Url = table.Column<string>(maxLength: 2000, nullable: true),
                    Sha256 = table.Column<string>(maxLength: 64, nullable: true),
                    FileName = table.Column<string>(maxLength: 260, nullable: true),
                    ContentType = table.Column<string>(maxLength: 100, nullable: true),
                    Length = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evidence_ProgressUpdates_UpdateId",
                        column: x => x.UpdateId,
                        principalTable: "ProgressUpdates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublishedFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    PublicationId = table.Column<Guid>(nullable: false),
                    Format = table.Column<string>(maxLength: 8, nullable: false),
                    ContentType = table.Column<string>(maxLength: 100, nullable: false),
                    Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishedFiles_Publications_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "Publications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_UpdateId",
                table: "Evidence",
                column: "UpdateId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_CorrectsId",
                table: "ProgressUpdates",
                column: "CorrectsId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_MeasureId_On",
                table: "ProgressUpdates",
                columns: new[] { "MeasureId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Publications_AgencyId_FiscalYear_Kind_Number",
                table: "Publications",
                columns: new[] { "AgencyId", "FiscalYear", "Kind", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedFiles_PublicationId_Format",
                table: "PublishedFiles",
                columns: new[] { "PublicationId", "Format" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RemindersSent_MeasureId_Recipient_On",
                table: "RemindersSent",
                columns: new[] { "MeasureId", "Recipient", "On" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_AgencyId_FiscalYear_Kind",
                table: "Submissions",
                columns: new[] { "AgencyId", "FiscalYear", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Evidence");

            migrationBuilder.DropTable(
                name: "PublishedFiles");

            migrationBuilder.DropTable(
                name: "RemindersSent");

            migrationBuilder.DropTable(
                name: "Submissions");

            migrationBuilder.DropTable(
                name: "ProgressUpdates");

            migrationBuilder.DropTable(
                name: "Publications");

            migrationBuilder.DropColumn(
                name: "DisplayName",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "AspNetUsers");
        }
    }
}
