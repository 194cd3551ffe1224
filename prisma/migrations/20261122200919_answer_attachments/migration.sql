-- CreateTable
CREATE TABLE "AnswerAttachment" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL,
    "sourceQuestionKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnswerAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnswerAttachment_storageKey_key" ON "AnswerAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "AnswerAttachment_questionKey_idx" ON "AnswerAttachment"("questionKey");

-- CreateIndex
CREATE UNIQUE INDEX "AnswerAttachment_responseId_sourceQuestionKey_key" ON "AnswerAttachment"("responseId", "sourceQuestionKey");

-- AddForeignKey
ALTER TABLE "AnswerAttachment" ADD CONSTRAINT "AnswerAttachment_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
