import Quote from './Quote.astro';
import Informant from './Informant.astro';
import ParticipationForm from './ParticipationForm.astro';
import Figure from './Figure.astro';
import EditorialNote from './EditorialNote.astro';
import Table from './Table.astro';

/** What a chapter may place without importing it (see docs/authoring.md). */
export const chapterComponents = { Quote, Informant, ParticipationForm, Figure, EditorialNote, table: Table };
