-- AlterTable
ALTER TABLE "EngagementEvent" ADD COLUMN     "themeQuestionKey" TEXT;

-- CreateTable
CREATE TABLE "EventPointTheme" (
    "id" TEXT NOT NULL,
    "codebookId" TEXT NOT NULL,
    "pointId" TEXT NOT NULL,
    "codeId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "evidence" JSONB NOT NULL,
    "assignedBy" "ThemeAssignedBy" NOT NULL,
    "status" "ThemeAssignmentStatus" NOT NULL DEFAULT 'SUGGESTED',
    "versionNumber" INTEGER NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "EventPointTheme_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventPointTheme_codebookId_status_idx" ON "EventPointTheme"("codebookId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "EventPointTheme_codebookId_pointId_codeId_key" ON "EventPointTheme"("codebookId", "pointId", "codeId");

-- AddForeignKey
ALTER TABLE "EventPointTheme" ADD CONSTRAINT "EventPointTheme_codebookId_fkey" FOREIGN KEY ("codebookId") REFERENCES "Codebook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPointTheme" ADD CONSTRAINT "EventPointTheme_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "EventFeedbackPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;
