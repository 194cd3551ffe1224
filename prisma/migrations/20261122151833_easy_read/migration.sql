-- AlterTable
ALTER TABLE "QuestionnaireVersion" ADD COLUMN     "checkerWarnings" JSONB;

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "sourceOptionKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "sourceQuestionKey" TEXT;
