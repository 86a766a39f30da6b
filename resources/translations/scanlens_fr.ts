<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Offline radiology assistant. Not a medical device: every finding must be confirmed by a qualified reader.</source>
        <translation>Assistant de radiologie hors ligne. Ce n&apos;est pas un dispositif médical : tout résultat doit être confirmé par un lecteur qualifié.</translation>
    </message>
    <message>
        <source>(cannot read {name}: {reason})</source>
        <translation>(impossible de lire {name} : {reason})</translation>
    </message>
    <message>
        <source>{package} ships no license file; its metadata says: {license}</source>
        <translation>{package} ne fournit aucun fichier de licence ; ses métadonnées indiquent : {license}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Logiciels tiers</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>Copier les détails de version</translation>
    </message>
    <message>
        <source>Licensed under Apache-2.0.</source>
        <translation>Sous licence Apache-2.0.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>sha256 (card)</source>
        <translation>sha256 (fiche)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Installed models (the file hash is checked before each model is loaded):</source>
        <translation>Modèles installés (l&apos;empreinte du fichier est vérifiée avant le chargement de chaque modèle) :</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>unavailable: {reason}</source>
        <translation>indisponible : {reason}</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>models: {ids}</source>
        <translation>modèles : {ids}</translation>
    </message>
    <message>
        <source>No model with a training data citation is installed.</source>
        <translation>Aucun modèle installé ne cite ses données d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Data sets the models were trained on</source>
        <translation>Jeux de données d&apos;entraînement des modèles</translation>
    </message>
    <message>
        <source>Bundled fonts, images and test files</source>
        <translation>Polices, images et fichiers de test fournis</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>More toolbar buttons</source>
        <translation>Autres boutons de la barre d&apos;outils</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open File(s)…</source>
        <translation>&amp;Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Open DICOM or image files</source>
        <translation>Ouvrir des fichiers DICOM ou des images</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Browse the images in a folder</source>
        <translation>Parcourir les images d&apos;un dossier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>Image &amp;suivante</translation>
    </message>
    <message>
        <source>Next image in the strip</source>
        <translation>Image suivante du bandeau</translation>
    </message>
    <message>
        <source>P&amp;revious Image</source>
        <translation>Image &amp;précédente</translation>
    </message>
    <message>
        <source>Previous image in the strip</source>
        <translation>Image précédente du bandeau</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Fit the whole image in the window</source>
        <translation>Afficher l&apos;image entière dans la fenêtre</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Un pixel de l&apos;image par pixel de l&apos;écran</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>Pivoter à &amp;gauche</translation>
    </message>
    <message>
        <source>Rotate 90° counter-clockwise</source>
        <translation>Pivoter de 90° dans le sens antihoraire</translation>
    </message>
    <message>
        <source>⟲ Rotate</source>
        <translation>⟲ Pivoter</translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation>Pivoter à &amp;droite</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>Pivoter de 90° dans le sens horaire</translation>
    </message>
    <message>
        <source>⟳ Rotate</source>
        <translation>⟳ Pivoter</translation>
    </message>
    <message>
        <source>Flip &amp;Horizontal</source>
        <translation>Miroir &amp;horizontal</translation>
    </message>
    <message>
        <source>Mirror left ↔ right</source>
        <translation>Inverser gauche ↔ droite</translation>
    </message>
    <message>
        <source>↔ Flip</source>
        <translation>↔ Miroir</translation>
    </message>
    <message>
        <source>Flip &amp;Vertical</source>
        <translation>Miroir &amp;vertical</translation>
    </message>
    <message>
        <source>Mirror top ↕ bottom</source>
        <translation>Inverser haut ↕ bas</translation>
    </message>
    <message>
        <source>↕ Flip</source>
        <translation>↕ Miroir</translation>
    </message>
    <message>
        <source>R&amp;eset View</source>
        <translation>&amp;Réinitialiser l&apos;affichage</translation>
    </message>
    <message>
        <source>Reset window, inversion, rotation and zoom</source>
        <translation>Réinitialiser fenêtre, inversion, rotation et zoom</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Auto Window</source>
        <translation>Fenêtre &amp;automatique</translation>
    </message>
    <message>
        <source>Window from the image histogram (0.5–99.5 %)</source>
        <translation>Fenêtre calculée sur l&apos;histogramme de l&apos;image (0,5–99,5 %)</translation>
    </message>
    <message>
        <source>Auto W/L</source>
        <translation>Fenêtrage auto</translation>
    </message>
    <message>
        <source>&amp;Default Window</source>
        <translation>Fenêtre par &amp;défaut</translation>
    </message>
    <message>
        <source>The file&apos;s own window, else the full range</source>
        <translation>La fenêtre du fichier, sinon toute la plage</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>Invert grey levels</source>
        <translation>Inverser les niveaux de gris</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Next F&amp;rame</source>
        <translation>&amp;Trame suivante</translation>
    </message>
    <message>
        <source>Previous Fra&amp;me</source>
        <translation>Trame pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;About ScanLens</source>
        <translation>À &amp;propos de ScanLens</translation>
    </message>
    <message>
        <source>&amp;Analyse Image</source>
        <translation>&amp;Analyser l&apos;image</translation>
    </message>
    <message>
        <source>Run the AI analysis on the image on screen</source>
        <translation>Lancer l&apos;analyse par IA de l&apos;image affichée</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>Show &amp;Heatmap</source>
        <translation>Afficher la carte de &amp;chaleur</translation>
    </message>
    <message>
        <source>Show where the model looked</source>
        <translation>Montrer où le modèle a regardé</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>Analyse F&amp;older…</source>
        <translation>Analyser un d&amp;ossier…</translation>
    </message>
    <message>
        <source>Triage every image in a folder (batch)</source>
        <translation>Trier toutes les images d&apos;un dossier (lot)</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>Installed AI models, their cards and execution devices</source>
        <translation>Modèles d&apos;IA installés, leurs fiches et les périphériques d&apos;exécution</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Execution device, automatic analysis, models folder</source>
        <translation>Périphérique d&apos;exécution, analyse automatique, dossier des modèles</translation>
    </message>
    <message>
        <source>&amp;Export Report (PDF)…</source>
        <translation>&amp;Exporter le rapport (PDF)…</translation>
    </message>
    <message>
        <source>Write the PDF report of the result on screen</source>
        <translation>Enregistrer le rapport PDF du résultat affiché</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <source>Print the report of the result on screen</source>
        <translation>Imprimer le rapport du résultat affiché</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Aper&amp;çu avant impression…</translation>
    </message>
    <message>
        <source>Preview the printed report</source>
        <translation>Aperçu du rapport imprimé</translation>
    </message>
    <message>
        <source>Export to PACS Fol&amp;der (DICOM)…</source>
        <translation>Exporter vers un dossier &amp;PACS (DICOM)…</translation>
    </message>
    <message>
        <source>Write the result as DICOM Secondary Capture + Encapsulated PDF into a folder</source>
        <translation>Enregistrer le résultat en DICOM Secondary Capture + PDF encapsulé dans un dossier</translation>
    </message>
    <message>
        <source>Case &amp;History</source>
        <translation>&amp;Historique des cas</translation>
    </message>
    <message>
        <source>Past cases, their reviews and the audit trail</source>
        <translation>Cas précédents, leurs relectures et la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Report Se&amp;ttings…</source>
        <translation>Paramètres du &amp;rapport…</translation>
    </message>
    <message>
        <source>Reviewer name, clinic name and logo, page size</source>
        <translation>Nom du relecteur, nom et logo de l&apos;établissement, format de page</translation>
    </message>
    <message>
        <source>&amp;Language and Text Size…</source>
        <translation>&amp;Langue et taille du texte…</translation>
    </message>
    <message>
        <source>Interface language (after a restart) and text size</source>
        <translation>Langue de l&apos;interface (après redémarrage) et taille du texte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>AnalysedCase</name>
    <message>
        <source>Case #{id}</source>
        <translation>Cas n° {id}</translation>
    </message>
    <message>
        <source>New case (not yet recorded)</source>
        <translation>Nouveau cas (pas encore enregistré)</translation>
    </message>
    <message>
        <source>{case} — {file}: {decision}</source>
        <translation>{case} — {file} : {decision}</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Analysis not possible: {reason}</source>
        <translation>Analyse impossible : {reason}</translation>
    </message>
    <message>
        <source>Analysis failed: not enough memory</source>
        <translation>Échec de l&apos;analyse : mémoire insuffisante</translation>
    </message>
    <message>
        <source>Analysis failed: unexpected {error} ({reason})</source>
        <translation>Échec de l&apos;analyse : {error} inattendue ({reason})</translation>
    </message>
    <message>
        <source>Analysis failed: unexpected {error}</source>
        <translation>Échec de l&apos;analyse : {error} inattendue</translation>
    </message>
    <message>
        <source>Model attention for {label}, relative to this image</source>
        <translation>Attention du modèle pour {label}, relative à cette image</translation>
    </message>
    <message>
        <source>Cannot open: {reason}</source>
        <extracomment>Where a failed analysis stopped: the file could not be decoded, the model could not be used, or an unexpected error (``reason`` then already says so). Metadata keys a report or export may use besides the report&apos;s :data:`PATIENT_FIELDS`. Patient/study keys an analysis keeps from the image&apos;s metadata (for records, reports and exports).</extracomment>
        <translation>Ouverture impossible : {reason}</translation>
    </message>
</context>
<context>
    <name>AnalysisFeature</name>
    <message>
        <source>Analysis</source>
        <extracomment>Delay between showing an image and preparing its analysis in the background (well under the time a reader takes to press Analyse; long enough for the first paint and for flicking through thumbnails).</extracomment>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>AI device</source>
        <translation>Périphérique de l&apos;IA</translation>
    </message>
    <message>
        <source>AI device: {device}</source>
        <translation>Périphérique de l&apos;IA : {device}</translation>
    </message>
    <message>
        <source>Models are loaded on the first analysis</source>
        <translation>Les modèles sont chargés à la première analyse</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <source>Press Analyse ({key}) to run the AI on this image.</source>
        <translation>Appuyez sur Analyser ({key}) pour lancer l&apos;IA sur cette image.</translation>
    </message>
    <message>
        <source>The result was for frame {frame}. Press Analyse ({key}) for this frame.</source>
        <translation>Le résultat concernait la trame {frame}. Appuyez sur Analyser ({key}) pour cette trame.</translation>
    </message>
    <message>
        <source>NEEDS REVIEW — {decision}</source>
        <translation>RELECTURE NÉCESSAIRE — {decision}</translation>
    </message>
    <message>
        <source>Not analysed: {reason}</source>
        <translation>Non analysée : {reason}</translation>
    </message>
    <message>
        <source>AI: {provider}</source>
        <translation>IA : {provider}</translation>
    </message>
    <message>
        <source>Analysis runs on {provider} (setting: {device})</source>
        <translation>L&apos;analyse s&apos;exécute sur {provider} (réglage : {device})</translation>
    </message>
    <message>
        <source>Result stored by the batch run for {file} (not re-run).</source>
        <translation>Résultat enregistré par l&apos;analyse par lot pour {file} (non relancée).</translation>
    </message>
    <message>
        <source>Analyse folder</source>
        <translation>Analyser un dossier</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Auto — chosen by the input gate</source>
        <translation>Auto — choisi par le contrôle d&apos;entrée</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Analyse en cours</translation>
    </message>
    <message>
        <source>Analyse automatically on open</source>
        <translation>Analyser automatiquement à l&apos;ouverture</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>Open an image, then press Analyse ({key}).</source>
        <translation>Ouvrez une image, puis appuyez sur Analyser ({key}).</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>{model} (unavailable)</source>
        <translation>{model} (indisponible)</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Domaine d&apos;usage</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Contrôle d&apos;entrée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analysée</translation>
    </message>
    <message>
        <source>Not analysed</source>
        <translation>Non analysée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <extracomment>Rows that need review: dark text on amber whatever the theme (contrast checked by the tests).</extracomment>
        <translation>RELECTURE NÉCESSAIRE</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Batch triage</source>
        <translation>Tri par lot</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Needs review only</source>
        <translation>Seulement à relire</translation>
    </message>
    <message>
        <source>Outside validated use only</source>
        <translation>Seulement hors usage validé</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progression du lot</translation>
    </message>
    <message>
        <source>Batch results</source>
        <translation>Résultats du lot</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>État du lot</translation>
    </message>
    <message>
        <source>Filter: file, patient, decision, status…</source>
        <translation>Filtrer : fichier, patient, décision, état…</translation>
    </message>
    <message>
        <source>Filter the results</source>
        <translation>Filtrer les résultats</translation>
    </message>
    <message>
        <source>&lt;b&gt;{folder}&lt;/b&gt; — model: {model}</source>
        <translation>&lt;b&gt;{folder}&lt;/b&gt; — modèle : {model}</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>Recherche des images…</translation>
    </message>
    <message>
        <source>Cancelling — waiting for the images that are running…</source>
        <translation>Annulation — attente des images en cours d&apos;analyse…</translation>
    </message>
    <message>
        <source>Analysing {number} of {total}…</source>
        <translation>Analyse {number} sur {total}…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <source>No supported images found in that folder.</source>
        <translation>Aucune image prise en charge dans ce dossier.</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {total} images, {review} need review.</source>
        <translation>Annulé : {done} images sur {total}, {review} à relire.</translation>
    </message>
    <message>
        <source>Done: {done} of {total} images, {review} need review.</source>
        <translation>Terminé : {done} images sur {total}, {review} à relire.</translation>
    </message>
    <message>
        <source>Batch stopped: {reason}</source>
        <translation>Lot interrompu : {reason}</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}</source>
        <translation>{count} lignes exportées vers {path}</translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <source>The case history failed: unexpected {error} ({detail})</source>
        <translation>L&apos;historique des cas a échoué : {error} inattendue ({detail})</translation>
    </message>
</context>
<context>
    <name>CliAnalyze</name>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>RELECTURE NÉCESSAIRE</translation>
    </message>
    <message>
        <source>{file}: not analysed: {reason}</source>
        <translation>{file} : non analysé : {reason}</translation>
    </message>
    <message>
        <source>no image files found</source>
        <translation>aucun fichier image trouvé</translation>
    </message>
</context>
<context>
    <name>CliAudit</name>
    <message>
        <source>{path}: audit log intact, {entries} entries; head {head}</source>
        <translation>{path} : journal d&apos;audit intact, {entries} entrées ; tête {head}</translation>
    </message>
    <message>
        <source>Keep the head hash elsewhere to detect later truncation of the newest entries.</source>
        <translation>Conservez l&apos;empreinte de tête ailleurs pour détecter une troncature ultérieure des entrées les plus récentes.</translation>
    </message>
    <message>
        <source>audit entry {id}</source>
        <translation>entrée d&apos;audit {id}</translation>
    </message>
    <message>
        <source>case {id}</source>
        <translation>cas {id}</translation>
    </message>
    <message>
        <source>the case history</source>
        <translation>l&apos;historique des cas</translation>
    </message>
    <message>
        <source>{path}: AUDIT FAILED at {place}: {reason}</source>
        <translation>{path} : ÉCHEC DE L&apos;AUDIT à {place} : {reason}</translation>
    </message>
    <message>
        <source>Entries before that point are still trustworthy; later ones are not.</source>
        <translation>Les entrées antérieures à ce point restent fiables ; les suivantes ne le sont pas.</translation>
    </message>
</context>
<context>
    <name>CliCaseHistory</name>
    <message>
        <source>there is no case history at {path}</source>
        <translation>aucun historique des cas à l&apos;emplacement {path}</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>commands from {module} are unavailable: {error}</source>
        <translation>les commandes de {module} sont indisponibles : {error}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>{text} is not a date (YYYY-MM-DD) or ISO date-time</source>
        <translation>{text} n&apos;est ni une date (YYYY-MM-DD) ni une date-heure ISO</translation>
    </message>
    <message>
        <source>{count} case(s)</source>
        <translation>{count} cas</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>À REVOIR</translation>
    </message>
</context>
<context>
    <name>CliInfo</name>
    <message>
        <source>refused: {reason}</source>
        <translation>refusé : {reason}</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>monochrome</source>
        <translation>monochrome</translation>
    </message>
    <message>
        <source>{format} via {decoder}: {frames} frame(s), {columns}x{rows} {kind}</source>
        <translation>{format} via {decoder} : {frames} trame(s), {columns}x{rows} {kind}</translation>
    </message>
    <message>
        <source>window: center {center} width {width} ({name}), inverted</source>
        <translation>fenêtre : centre {center} largeur {width} ({name}), inversée</translation>
    </message>
    <message>
        <source>window: center {center} width {width} ({name})</source>
        <translation>fenêtre : centre {center} largeur {width} ({name})</translation>
    </message>
    <message>
        <source>pixels: min {min} max {max} mean {mean}</source>
        <translation>pixels : min {min} max {max} moyenne {mean}</translation>
    </message>
    <message>
        <source>patient name</source>
        <translation>nom du patient</translation>
    </message>
    <message>
        <source>patient id</source>
        <translation>identifiant du patient</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modalité</translation>
    </message>
    <message>
        <source>study date</source>
        <translation>date de l&apos;examen</translation>
    </message>
    <message>
        <source>body part</source>
        <translation>région anatomique</translation>
    </message>
    <message>
        <source>transfer syntax</source>
        <translation>syntaxe de transfert</translation>
    </message>
</context>
<context>
    <name>CliModels</name>
    <message>
        <source>UNAVAILABLE: {reason}</source>
        <translation>INDISPONIBLE : {reason}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
</context>
<context>
    <name>CliPacs</name>
    <message>
        <source>replaced {node}</source>
        <translation>remplacé : {node}</translation>
    </message>
    <message>
        <source>added {node}</source>
        <translation>ajouté : {node}</translation>
    </message>
    <message>
        <source>removed {node}</source>
        <translation>supprimé : {node}</translation>
    </message>
    <message>
        <source>{name}: C-ECHO ok in {ms} ms ({ae}@{host}:{port})</source>
        <translation>{name} : C-ECHO réussi en {ms} ms ({ae}@{host}:{port})</translation>
    </message>
    <message>
        <source>1 study found</source>
        <translation>1 examen trouvé</translation>
    </message>
    <message>
        <source>{count} studies found</source>
        <translation>{count} examens trouvés</translation>
    </message>
    <message>
        <source>retrieved {count} instance(s) of {study} into {folder}</source>
        <translation>{count} instance(s) de {study} récupérée(s) dans {folder}</translation>
    </message>
    <message>
        <source>{count} refused or failed</source>
        <translation>{count} refusée(s) ou en échec</translation>
    </message>
    <message>
        <source>{path}: already in the outbox for {node}</source>
        <translation>{path} : déjà dans la boîte d&apos;envoi pour {node}</translation>
    </message>
    <message>
        <source>tries {count}</source>
        <translation>essais {count}</translation>
    </message>
    <message>
        <source>still waiting: {uid} for {node}: {error}</source>
        <translation>toujours en attente : {uid} pour {node} : {error}</translation>
    </message>
</context>
<context>
    <name>CliReceive</name>
    <message>
        <source>{path}: not analysed: {reason}</source>
        <translation>{path} : non analysé : {reason}</translation>
    </message>
    <message>
        <source>{path}: {decision} (case {case})</source>
        <translation>{path} : {decision} (cas {case})</translation>
    </message>
    <message>
        <source>{path}: {decision} — not recorded in the case history: {error}</source>
        <translation>{path} : {decision} — non enregistré dans l&apos;historique des cas : {error}</translation>
    </message>
    <message>
        <source>listening as {ae} on {address}:{port}, storing into {folder}</source>
        <translation>en écoute en tant que {ae} sur {address}:{port}, enregistrement dans {folder}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>received {path} from {ae}@{host}</source>
        <translation>reçu {path} de {ae}@{host}</translation>
    </message>
</context>
<context>
    <name>CliRender</name>
    <message>
        <source>the window width must be a positive number</source>
        <translation>la largeur de fenêtre doit être un nombre positif</translation>
    </message>
    <message>
        <source>frame {frame} does not exist (the image has {count} frame(s))</source>
        <translation>la trame {frame} n&apos;existe pas (l&apos;image a {count} trame(s))</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>impossible d&apos;écrire {path} : {error}</translation>
    </message>
    <message>
        <source>wrote {path} ({width}x{height})</source>
        <translation>{path} écrit ({width}x{height})</translation>
    </message>
</context>
<context>
    <name>CliSelfTest</name>
    <message>
        <source>{app} {version} self-test ({install})</source>
        <translation>{app} {version} autotest ({install})</translation>
    </message>
</context>
<context>
    <name>ConfidenceBars</name>
    <message>
        <source>threshold {value}</source>
        <extracomment>Bar colours, fixed so that their contrast holds on any theme: each fill is ≥ 3:1 against the track.</extracomment>
        <translation>seuil {value}</translation>
    </message>
    <message>
        <source>min. confidence {value}</source>
        <translation>confiance min. {value}</translation>
    </message>
    <message>
        <source>{label} {percent} %</source>
        <translation>{label} {percent} %</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Probabilités</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>review band {low}–{high}</source>
        <translation>bande de relecture {low}–{high}</translation>
    </message>
    <message>
        <source>below {high}</source>
        <translation>sous {high}</translation>
    </message>
    <message>
        <source>{band}: needs review   │ {caption}</source>
        <translation>{band} : à relire   │ {caption}</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>{app} hit {count} unexpected errors (latest: {error}).</source>
        <translation>{app} a rencontré {count} erreurs inattendues (dernière : {error}).</translation>
    </message>
    <message>
        <source>{app} — unexpected error</source>
        <translation>{app} — erreur inattendue</translation>
    </message>
    <message>
        <source>{app} hit an unexpected error ({error}). It keeps running, but the last action may not have completed.</source>
        <translation>{app} a rencontré une erreur inattendue ({error}). Il continue de fonctionner, mais la dernière action n&apos;a peut-être pas abouti.</translation>
    </message>
    <message>
        <source>Details were written to {path}</source>
        <translation>Les détails ont été écrits dans {path}</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>{outside}. {decision}</source>
        <translation>{outside}. {decision}</translation>
    </message>
    <message>
        <source>{positive} suspected — {p}, above the operating threshold {threshold}</source>
        <translation>Suspicion de {positive} — {p}, au-dessus du seuil de décision {threshold}</translation>
    </message>
    <message>
        <source>{negative} — {positive} {p}, below the operating threshold {threshold}</source>
        <translation>{negative} — {positive} {p}, sous le seuil de décision {threshold}</translation>
    </message>
    <message>
        <source>Needs review: {decision} (uncertain band {low}–{high})</source>
        <translation>Relecture nécessaire : {decision} (zone d&apos;incertitude {low}–{high})</translation>
    </message>
    <message>
        <source>{label} — {p}, the most likely of {count} classes</source>
        <translation>{label} — {p}, la plus probable des {count} classes</translation>
    </message>
    <message>
        <source>also plausible: {labels}</source>
        <translation>également plausible : {labels}</translation>
    </message>
    <message>
        <source>not clearly supported</source>
        <translation>pas clairement étayé</translation>
    </message>
    <message>
        <source>Needs review: {decision}; {why}</source>
        <translation>Relecture nécessaire : {decision} ; {why}</translation>
    </message>
    <message>
        <source>Needs review: {decision}; confidence below {cutoff}</source>
        <translation>Relecture nécessaire : {decision} ; confiance inférieure à {cutoff}</translation>
    </message>
</context>
<context>
    <name>DisplaySettingsDialog</name>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Large (125 %)</source>
        <translation>Grande (125 %)</translation>
    </message>
    <message>
        <source>Larger (150 %)</source>
        <translation>Très grande (150 %)</translation>
    </message>
    <message>
        <source>Language and Text Size</source>
        <translation>Langue et taille du texte</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language is used the next time ScanLens starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de ScanLens.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>AI assistance — not a diagnosis</source>
        <translation>Aide par IA — pas un diagnostic</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>RELECTURE NÉCESSAIRE</translation>
    </message>
    <message>
        <source>Input check took this for “{kind}”; scored at the user&apos;s request</source>
        <translation>Le contrôle d&apos;entrée a pris cette image pour « {kind} » ; analysée à la demande de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Model {model} v{version}</source>
        <translation>Modèle {model} v{version}</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>No file was recorded for this case.</source>
        <translation>Aucun fichier n&apos;a été enregistré pour ce cas.</translation>
    </message>
    <message>
        <source>The file is no longer there: {path}</source>
        <translation>Le fichier n&apos;est plus là : {path}</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}): {path}</source>
        <translation>Le fichier ne peut pas être lu ({reason}) : {path}</translation>
    </message>
    <message>
        <source>Re-opened the file; no checksum was recorded to compare it with.</source>
        <translation>Fichier rouvert ; aucune somme de contrôle n&apos;a été enregistrée pour le comparer.</translation>
    </message>
    <message>
        <source>⚠ The file has CHANGED since it was analysed (sha256 differs): the image on screen may not be the one this result belongs to.</source>
        <translation>⚠ Le fichier a CHANGÉ depuis l&apos;analyse (sha256 différent) : l&apos;image à l&apos;écran n&apos;est peut-être pas celle de ce résultat.</translation>
    </message>
    <message>
        <source>Re-opened the file; it is unchanged since the analysis (sha256 matches).</source>
        <translation>Fichier rouvert ; il n&apos;a pas changé depuis l&apos;analyse (sha256 identique).</translation>
    </message>
    <message>
        <source>Review: &lt;b&gt;{agreement}&lt;/b&gt; by {reviewer} {when}</source>
        <translation>Relecture : &lt;b&gt;{agreement}&lt;/b&gt; par {reviewer} {when}</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>RELECTURE NÉCESSAIRE</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case #{id}&lt;/b&gt; · {time} · patient {patient} · study {study}</source>
        <translation>&lt;b&gt;Cas n° {id}&lt;/b&gt; · {time} · patient {patient} · examen {study}</translation>
    </message>
    <message>
        <source>Model {model} {version} · sha256 {sha} · {provider}</source>
        <translation>Modèle {model} {version} · sha256 {sha} · {provider}</translation>
    </message>
    <message>
        <source>Stored result, not re-run; the heatmap is not stored.</source>
        <translation>Résultat enregistré, non relancé ; la carte de chaleur n&apos;est pas conservée.</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>{model} ({kind})</source>
        <translation>{model} ({kind})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>the input gate model is not installed</source>
        <translation>le modèle de contrôle d&apos;entrée n&apos;est pas installé</translation>
    </message>
    <message>
        <source>This looks like {kind} ({score}). ScanLens has models for: {models}.</source>
        <translation>Cette image ressemble à {kind} ({score}). ScanLens a des modèles pour : {models}.</translation>
    </message>
    <message>
        <source>The input gate is unsure what this image is (best guess {kind}, {score} &lt; {cutoff}); {model} was not applied.</source>
        <translation>Le contrôle d&apos;entrée ne sait pas ce qu&apos;est cette image (hypothèse la plus probable : {kind}, {score} &lt; {cutoff}) ; {model} n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <source>This looks like {kind} ({score}), but {model} is for {model_kind}.</source>
        <translation>Cette image ressemble à {kind} ({score}), mais {model} est destiné à {model_kind}.</translation>
    </message>
    <message>
        <source>no model called &apos;{model}&apos;; installed: {models}</source>
        <translation>aucun modèle nommé « {model} » ; installés : {models}</translation>
    </message>
</context>
<context>
    <name>HeatmapControls</name>
    <message>
        <source>Show over the image ({key})</source>
        <extracomment>The CAM is a 6x6 map upsampled bicubically: 256 px is as smooth on screen (Qt scales it smoothly) as 512 px, at a quarter of the colour-mapping work.</extracomment>
        <translation>Afficher sur l&apos;image ({key})</translation>
    </message>
    <message>
        <source>Show over the image</source>
        <translation>Afficher sur l&apos;image</translation>
    </message>
    <message>
        <source>Show the heatmap over the image</source>
        <translation>Afficher la carte de chaleur sur l&apos;image</translation>
    </message>
    <message>
        <source>Where the model looked, coloured over the image</source>
        <translation>Les zones regardées par le modèle, colorées sur l&apos;image</translation>
    </message>
    <message>
        <source>Heatmap class</source>
        <translation>Classe de la carte de chaleur</translation>
    </message>
    <message>
        <source>Heatmap colours</source>
        <translation>Couleurs de la carte de chaleur</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Opacité de la carte de chaleur</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Classe :</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Couleurs :</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacité :</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>the chosen class</source>
        <translation>la classe choisie</translation>
    </message>
    <message>
        <source>low → high attention for {label}</source>
        <translation>attention faible → forte pour {label}</translation>
    </message>
    <message>
        <source>Colours are relative to this image&apos;s own range of attention; how likely each label is is shown by the bars, not the colours.</source>
        <translation>Les couleurs sont relatives à la plage d&apos;attention propre à cette image ; la probabilité de chaque classe est indiquée par les barres, pas par les couleurs.</translation>
    </message>
    <message>
        <source>Heatmap colour scale</source>
        <translation>Échelle de couleurs de la carte de chaleur</translation>
    </message>
</context>
<context>
    <name>HistoryFeature</name>
    <message>
        <source>Case history</source>
        <translation>Historique des cas</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Checking the file of case #{id}…</source>
        <translation>Vérification du fichier du cas n° {id}…</translation>
    </message>
    <message>
        <source>Could not check the file: {reason}</source>
        <translation>Impossible de vérifier le fichier : {reason}</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Vérification de la piste d&apos;audit…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>Prob.</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>RELECTURE NÉCESSAIRE</translation>
    </message>
    <message>
        <source>agree</source>
        <extracomment>How a recorded agreement (stored in English: &quot;agree&quot;, &quot;disagree&quot;) is shown.</extracomment>
        <translation>d&apos;accord</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>pas d&apos;accord</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>relu</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Relecture nécessaire</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Sans alerte</translation>
    </message>
    <message>
        <source>Outside validated use</source>
        <translation>Hors usage validé</translation>
    </message>
    <message>
        <source>Audit trail OK: {count} entries verified.</source>
        <translation>Piste d&apos;audit intègre : {count} entrées vérifiées.</translation>
    </message>
    <message>
        <source>entry {id}</source>
        <translation>entrée {id}</translation>
    </message>
    <message>
        <source>case #{id}</source>
        <translation>cas n° {id}</translation>
    </message>
    <message>
        <source>the case history</source>
        <translation>l&apos;historique des cas</translation>
    </message>
    <message>
        <source>AUDIT FAILED at {place}: {reason}. Entries before it are still trustworthy.</source>
        <translation>ÉCHEC DE L&apos;AUDIT à {place} : {reason}. Les entrées antérieures restent fiables.</translation>
    </message>
    <message>
        <source>exact ID</source>
        <translation>ID exact</translation>
    </message>
    <message>
        <source>file, model, decision, reviewer, comment…</source>
        <translation>fichier, modèle, décision, relecteur, commentaire…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Opened case</source>
        <translation>Cas ouvert</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le cas</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>Vérifier la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Patient ID:</source>
        <translation>ID patient :</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision :</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Relecture :</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source> (the newest {limit})</source>
        <translation> (les {limit} plus récents)</translation>
    </message>
    <message>
        <source> — double-click one to open it</source>
        <translation> — double-cliquez sur un cas pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>{count} case(s){more}{hint}</source>
        <translation>{count} cas{more}{hint}</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>Cannot open {file}: {reason}</source>
        <translation>Impossible d&apos;ouvrir {file} : {reason}</translation>
    </message>
    <message>
        <source>not enough memory to decode it</source>
        <translation>mémoire insuffisante pour le décoder</translation>
    </message>
    <message>
        <source>unexpected {error} ({detail})</source>
        <translation>{error} inattendue ({detail})</translation>
    </message>
    <message>
        <source>unexpected {error}</source>
        <translation>{error} inattendue</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Open a DICOM or image file (Ctrl+O), or drop files or a folder here</source>
        <translation>Ouvrez un fichier DICOM ou une image (Ctrl+O), ou déposez ici des fichiers ou un dossier</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Row {row}  Col {col}</source>
        <extracomment>Screen pixels of right-drag that sweep the whole data range.</extracomment>
        <translation>Ligne {row}  Col. {col}</translation>
    </message>
    <message>
        <source>Stored {value}</source>
        <translation>Stocké {value}</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>Valeur {value}</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Trame</translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation>Numéro de trame</translation>
    </message>
    <message>
        <source>of {count} frames</source>
        <translation>sur {count} trames</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Unknown language &apos;{code}&apos;. ScanLens speaks: {codes} (or &apos;system&apos;).</source>
        <translation>Langue inconnue « {code} ». ScanLens parle : {codes} (ou « system »).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Window &amp;Presets</source>
        <translation>&amp;Préréglages de fenêtre</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Image Information</source>
        <translation>Informations sur l&apos;image</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Open a DICOM or image file (Ctrl+O), or drop files here.</source>
        <translation>Ouvrez un fichier DICOM ou une image (Ctrl+O), ou déposez des fichiers ici.</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Zoom {percent} %</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Looking for images in {folder}…</source>
        <translation>Recherche d&apos;images dans {folder}…</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>Ouvrir des images</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>The new language is used the next time ScanLens starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de ScanLens.</translation>
    </message>
    <message>
        <source>{name}: {cols}×{rows}, {frames} frames, {decoder}</source>
        <translation>{name} : {cols}×{rows}, {frames} trames, {decoder}</translation>
    </message>
    <message>
        <source>{name}: {cols}×{rows}, {decoder}</source>
        <translation>{name} : {cols}×{rows}, {decoder}</translation>
    </message>
    <message>
        <source>No window (colour)</source>
        <translation>Pas de fenêtre (couleur)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>No supported images found in that folder.</source>
        <translation>Aucune image prise en charge dans ce dossier.</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>{count} images</translation>
    </message>
    <message>
        <source>C {center}  W {width}</source>
        <translation>C {center}  L {width}</translation>
    </message>
</context>
<context>
    <name>MetadataTable</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Décodeur</translation>
    </message>
    <message>
        <source>Size (rows×cols)</source>
        <translation>Taille (lignes×colonnes)</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Trames</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Pixel type</source>
        <translation>Type de pixel</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Inverted by default</source>
        <translation>Inversée par défaut</translation>
    </message>
    <message>
        <source>VOI LUT applied</source>
        <translation>VOI LUT appliquée</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Pixel statistics</source>
        <translation>Statistiques des pixels</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Min</source>
        <extracomment>Names of ``pixel_stats``&apos; keys.</extracomment>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Image information</source>
        <translation>Informations sur l&apos;image</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Trame</translation>
    </message>
    <message>
        <source>Inverted</source>
        <translation>Inversée</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>sensibilité</translation>
    </message>
    <message>
        <source>specificity</source>
        <translation>spécificité</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>test A (held out)</source>
        <translation>test A (données réservées)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>{label} if p ≥ {threshold}</source>
        <translation>{label} si p ≥ {threshold}</translation>
    </message>
    <message>
        <source>most likely label (argmax)</source>
        <translation>classe la plus probable (argmax)</translation>
    </message>
    <message>
        <source>top probability below {value}</source>
        <translation>probabilité maximale inférieure à {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>seed {seed}, {augment} augmentation</source>
        <translation>graine {seed}, augmentation {augment}</translation>
    </message>
    <message>
        <source>{count} networks averaged ({members})</source>
        <translation>moyenne de {count} réseaux ({members})</translation>
    </message>
    <message>
        <source>weights stored as float16, computed in float32</source>
        <translation>poids stockés en float16, calculs en float32</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>temperature {value}</source>
        <translation>température {value}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>For images of</source>
        <translation>Pour les images de type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Operating point</source>
        <translation>Point de fonctionnement</translation>
    </message>
    <message>
        <source>Needs review when</source>
        <translation>Relecture nécessaire si</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>aucune indiquée</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Usage prévu</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Données d&apos;entraînement</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Execution providers</source>
        <translation>Fournisseurs d&apos;exécution</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Utilisé :</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modèles installés</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Fiche du modèle</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>not analysed</source>
        <translation>non analysé</translation>
    </message>
    <message>
        <source>not in the report or exports: {path}: {reason}</source>
        <translation>absent du rapport et des exports : {path} : {reason}</translation>
    </message>
    <message>
        <source>no report or export written: no image was analysed</source>
        <translation>aucun rapport ni export écrit : aucune image n&apos;a été analysée</translation>
    </message>
    <message>
        <source>warning: {path} was not recorded in the case history: {error}</source>
        <translation>avertissement : {path} n&apos;a pas été enregistré dans l&apos;historique des cas : {error}</translation>
    </message>
    <message>
        <source>{path} will not be exported: {error}</source>
        <translation>{path} ne sera pas exporté : {error}</translation>
    </message>
    <message>
        <source>the report was not written: {error}</source>
        <translation>le rapport n&apos;a pas été écrit : {error}</translation>
    </message>
    <message>
        <source>wrote report {path}</source>
        <translation>rapport écrit : {path}</translation>
    </message>
    <message>
        <source>DICOM export failed: {error}</source>
        <translation>échec de l&apos;export DICOM : {error}</translation>
    </message>
    <message>
        <source>warning: DICOM export: {note}</source>
        <translation>avertissement : export DICOM : {note}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>écrit : {path}</translation>
    </message>
</context>
<context>
    <name>PacsFeature</name>
    <message>
        <source>Send to PACS</source>
        <translation>Envoyer au PACS</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>&amp;PACS</source>
        <translation>&amp;PACS</translation>
    </message>
    <message>
        <source>&amp;PACS Nodes…</source>
        <translation>Nœuds &amp;PACS…</translation>
    </message>
    <message>
        <source>&amp;Search and Retrieve…</source>
        <translation>&amp;Rechercher et récupérer…</translation>
    </message>
    <message>
        <source>Se&amp;nd to PACS</source>
        <translation>&amp;Envoyer au PACS</translation>
    </message>
    <message>
        <source>Send &amp;Waiting Results Now</source>
        <translation>Envoyer &amp;maintenant les résultats en attente</translation>
    </message>
    <message>
        <source>There is no analysis on screen to send: analyse an image first.</source>
        <translation>Aucune analyse à l&apos;écran à envoyer : analysez d&apos;abord une image.</translation>
    </message>
    <message>
        <source>{action}: {reason}</source>
        <translation>{action} : {reason}</translation>
    </message>
    <message>
        <source>Sending to {node}…</source>
        <translation>Envoi vers {node}…</translation>
    </message>
    <message>
        <source>{action} failed: {reason}</source>
        <translation>Échec de « {action} » : {reason}</translation>
    </message>
    <message>
        <source>{node} could not be reached; the results wait in the outbox and will be sent again automatically ({reason})</source>
        <translation>{node} est injoignable ; les résultats attendent dans la file d&apos;envoi et seront renvoyés automatiquement ({reason})</translation>
    </message>
    <message>
        <source>Results sent to {node}</source>
        <translation>Résultats envoyés à {node}</translation>
    </message>
</context>
<context>
    <name>PacsNodesDialog</name>
    <message>
        <source>PACS Nodes</source>
        <translation>Nœuds PACS</translation>
    </message>
    <message>
        <source>PACS nodes</source>
        <translation>Nœuds PACS</translation>
    </message>
    <message>
        <source>Use DICOM TLS</source>
        <translation>Utiliser DICOM TLS</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Receive from the network (the nodes above may send images to us)</source>
        <translation>Recevoir depuis le réseau (les nœuds ci-dessus peuvent nous envoyer des images)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>PACS AE title:</source>
        <translation>AE title du PACS :</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Our AE title:</source>
        <translation>Notre AE title :</translation>
    </message>
    <message>
        <source>Save node</source>
        <translation>Enregistrer le nœud</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Listen on port:</source>
        <translation>Écouter sur le port :</translation>
    </message>
    <message>
        <source>Saved {node}</source>
        <translation>{node} enregistré</translation>
    </message>
    <message>
        <source>Removed {node}</source>
        <translation>{node} supprimé</translation>
    </message>
    <message>
        <source>Testing {node}…</source>
        <translation>Test de {node}…</translation>
    </message>
    <message>
        <source>Connection OK: C-ECHO in {ms} ms</source>
        <translation>Connexion OK : C-ECHO en {ms} ms</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>Échec de la connexion : {reason}</translation>
    </message>
</context>
<context>
    <name>PacsPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>YYYYMMDD or YYYYMMDD-YYYYMMDD</source>
        <translation>AAAAMMJJ ou AAAAMMJJ-AAAAMMJJ</translation>
    </message>
    <message>
        <source>Doe* (wildcards * and ?)</source>
        <translation>Dupont* (jokers * et ?)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Studies found</source>
        <translation>Examens trouvés</translation>
    </message>
    <message>
        <source>Retrieve progress</source>
        <translation>Progression de la récupération</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Outbox: empty</source>
        <translation>File d&apos;envoi : vide</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Not receiving</source>
        <translation>Réception désactivée</translation>
    </message>
    <message>
        <source>PACS:</source>
        <translation>PACS :</translation>
    </message>
    <message>
        <source>Patient ID:</source>
        <translation>ID patient :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Study date:</source>
        <translation>Date de l&apos;examen :</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalité :</translation>
    </message>
    <message>
        <source>No PACS configured: add one in PACS → PACS Nodes…</source>
        <translation>Aucun PACS configuré : ajoutez-en un dans PACS → Nœuds PACS…</translation>
    </message>
    <message>
        <source>Searching {node}…</source>
        <translation>Recherche sur {node}…</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Échec de la recherche : {reason}</translation>
    </message>
    <message>
        <source>Studies found: {count}. Double-click one to retrieve and open it.</source>
        <translation>Examens trouvés : {count}. Double-cliquez sur un examen pour le récupérer et l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Retrieving {study}…</source>
        <translation>Récupération de {study}…</translation>
    </message>
    <message>
        <source>Retrieve failed: {reason}</source>
        <translation>Échec de la récupération : {reason}</translation>
    </message>
    <message>
        <source> ({count} could not be retrieved)</source>
        <translation> ({count} n&apos;ont pas pu être récupérées)</translation>
    </message>
    <message>
        <source>Cancelled after {count} image(s){failed}.</source>
        <translation>Annulé après {count} image(s){failed}.</translation>
    </message>
    <message>
        <source>Retrieved {count} image(s){failed}.</source>
        <translation>{count} image(s) récupérée(s){failed}.</translation>
    </message>
    <message>
        <source>Outbox: everything sent</source>
        <translation>File d&apos;envoi : tout est envoyé</translation>
    </message>
    <message>
        <source>Outbox: {waiting} waiting, {failed} failed{reason}</source>
        <translation>File d&apos;envoi : {waiting} en attente, {failed} en échec{reason}</translation>
    </message>
</context>
<context>
    <name>PatientFactsBox</name>
    <message>
        <source>Patient (this image has no DICOM header)</source>
        <translation>Patient (cette image n&apos;a pas d&apos;en-tête DICOM)</translation>
    </message>
    <message>
        <source>e.g. 4Y, 18M, 10W, 45</source>
        <translation>ex. 4Y, 18M, 10W, 45</translation>
    </message>
    <message>
        <source>Patient age</source>
        <translation>Âge du patient</translation>
    </message>
    <message>
        <source>Years, or with Y, M, W or D for years, months, weeks or days</source>
        <translation>En années, ou suivi de Y, M, W ou D pour années, mois, semaines ou jours</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>View position</source>
        <translation>Incidence</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Âge :</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Incidence :</translation>
    </message>
    <message>
        <source>MR sequence:</source>
        <translation>Séquence IRM :</translation>
    </message>
    <message>
        <source>T1 post-contrast</source>
        <translation>T1 après injection de contraste</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>MR sequence</source>
        <translation>Séquence IRM</translation>
    </message>
    <message>
        <source>The MR sequence of this slice, chosen or typed (e.g. FLAIR); blank if unknown</source>
        <translation>La séquence IRM de cette coupe, choisie ou saisie (p. ex. FLAIR) ; vide si inconnue</translation>
    </message>
</context>
<context>
    <name>PresetCombo</name>
    <message>
        <source>Window presets (right-drag on the image to adjust)</source>
        <translation>Préréglages de fenêtre (glisser avec le bouton droit sur l&apos;image pour ajuster)</translation>
    </message>
    <message>
        <source>Window preset</source>
        <translation>Préréglage de fenêtre</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
</context>
<context>
    <name>PrintPages</name>
    <message>
        <source>The report PDF could not be read for printing ({reason})</source>
        <translation>Le PDF du rapport n&apos;a pas pu être lu pour l&apos;impression ({reason})</translation>
    </message>
    <message>
        <source>QtPdf is not installed (PySide6-Addons)</source>
        <translation>QtPdf n&apos;est pas installé (PySide6-Addons)</translation>
    </message>
    <message>
        <source>Printing needs a PDF renderer: {qtpdf}, and pypdfium2 is not installed</source>
        <translation>L&apos;impression nécessite un moteur de rendu PDF : {qtpdf}, et pypdfium2 n&apos;est pas installé</translation>
    </message>
    <message>
        <source>The report PDF has no pages</source>
        <translation>Le PDF du rapport ne contient aucune page</translation>
    </message>
    <message>
        <source>The printer could not be started (is it available?)</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer (est-elle disponible ?)</translation>
    </message>
    <message>
        <source>The printer refused page {number}</source>
        <translation>L&apos;imprimante a refusé la page {number}</translation>
    </message>
</context>
<context>
    <name>ReceiveController</name>
    <message>
        <source>Receive from the network: {reason}</source>
        <translation>Réception depuis le réseau : {reason}</translation>
    </message>
    <message>
        <source>Receiving as {ae_title} on port {port}</source>
        <translation>Réception en tant que {ae_title} sur le port {port}</translation>
    </message>
    <message>
        <source>Not receiving</source>
        <translation>Réception désactivée</translation>
    </message>
</context>
<context>
    <name>ReceivedList</name>
    <message>
        <source>{what} from {sender}</source>
        <translation>{what} de {sender}</translation>
    </message>
    <message>
        <source>Received studies</source>
        <translation>Examens reçus</translation>
    </message>
    <message>
        <source>{study} · {count} image(s)</source>
        <translation>{study} · {count} image(s)</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>Effacer la liste des fichiers récents</translation>
    </message>
</context>
<context>
    <name>RecordsFeature</name>
    <message>
        <source>Review</source>
        <extracomment>Actions that need a finished analysis on screen.</extracomment>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Case history: {message}</source>
        <translation>Historique des cas : {message}</translation>
    </message>
    <message>
        <source>The analysis was not recorded in the case history: {message}</source>
        <translation>L&apos;analyse n&apos;a pas été enregistrée dans l&apos;historique des cas : {message}</translation>
    </message>
    <message>
        <source>{problem} Saving a review will try again.</source>
        <translation>{problem} L&apos;enregistrement d&apos;une relecture réessaiera.</translation>
    </message>
    <message>
        <source>Review saved to case #{id}.</source>
        <translation>Relecture enregistrée dans le cas n° {id}.</translation>
    </message>
    <message>
        <source>Review saved to the case history.</source>
        <translation>Relecture enregistrée dans l&apos;historique des cas.</translation>
    </message>
    <message>
        <source>The review was NOT saved: {message}</source>
        <translation>La relecture n&apos;a PAS été enregistrée : {message}</translation>
    </message>
    <message>
        <source>{problem} Your review is kept here; press Save review to try again.</source>
        <translation>{problem} Votre relecture est conservée ici ; appuyez sur Enregistrer la relecture pour réessayer.</translation>
    </message>
</context>
<context>
    <name>RefusalView</name>
    <message>
        <source>No diagnostic models are installed.</source>
        <translation>Aucun modèle diagnostique n&apos;est installé.</translation>
    </message>
    <message>
        <source>for {kind}</source>
        <translation>pour {kind}</translation>
    </message>
    <message>
        <source>input kind not stated</source>
        <translation>type d&apos;image d&apos;entrée non indiqué</translation>
    </message>
    <message>
        <source>unavailable: {reason}</source>
        <translation>indisponible : {reason}</translation>
    </message>
    <message>
        <source>Installed models:</source>
        <translation>Modèles installés :</translation>
    </message>
    <message>
        <source>Not analysed — the input gate stopped this image</source>
        <translation>Non analysée — le contrôle d&apos;entrée a arrêté cette image</translation>
    </message>
    <message>
        <source>Model to analyse with anyway</source>
        <translation>Modèle à utiliser malgré tout</translation>
    </message>
    <message>
        <source>The result of a model on a kind of image it was not trained for is not validated; it will be marked as overridden.</source>
        <translation>Le résultat d&apos;un modèle sur un type d&apos;image pour lequel il n&apos;a pas été entraîné n&apos;est pas validé ; il sera signalé comme dérogation.</translation>
    </message>
    <message>
        <source>The input gate says this looks like &lt;b&gt;{kind}&lt;/b&gt; (probability {score}).</source>
        <translation>Selon le contrôle d&apos;entrée, cette image ressemble à &lt;b&gt;{kind}&lt;/b&gt; (probabilité {score}).</translation>
    </message>
    <message>
        <source>The input gate could not run.</source>
        <translation>Le contrôle d&apos;entrée n&apos;a pas pu s&apos;exécuter.</translation>
    </message>
    <message>
        <source>Analyse anyway with {model}</source>
        <translation>Analyser malgré tout avec {model}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{value} (low)</source>
        <extracomment>Longest side, in pixels, of an image embedded in the PDF (about 300 dpi at the size it is shown).</extracomment>
        <translation>{value} (faible)</translation>
    </message>
    <message>
        <source>(high) {value}</source>
        <translation>(élevée) {value}</translation>
    </message>
    <message>
        <source>{label} · colour map: {name}</source>
        <translation>{label} · palette : {name}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>red line: operating threshold {threshold} for {label}</source>
        <translation>trait rouge : seuil de décision {threshold} pour {label}</translation>
    </message>
    <message>
        <source>operating point: the label with the highest probability</source>
        <translation>point de fonctionnement : l&apos;étiquette la plus probable</translation>
    </message>
    <message>
        <source>shaded: review band {low}–{high}</source>
        <translation>zone ombrée : bande de relecture {low}–{high}</translation>
    </message>
    <message>
        <source>dark bar: the model&apos;s result</source>
        <translation>barre foncée : le résultat du modèle</translation>
    </message>
    <message>
        <source>De-identified</source>
        <translation>Anonymisé</translation>
    </message>
    <message>
        <source>Patient name</source>
        <extracomment>Patient/study keys the report shows, in order, with their labels (English; shown translated). Keys follow ``LoadedImage.metadata``.</extracomment>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Date de l&apos;examen</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Incidence</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Région anatomique</translation>
    </message>
    <message>
        <source>MR sequence</source>
        <translation>Séquence IRM</translation>
    </message>
    <message>
        <source>Image {index}</source>
        <extracomment>Removed when de-identifying, after the DICOM PS3.15 Annex E Basic Application Level Confidentiality Profile (action Z/X/U for these attributes). Sex and study date are kept, as the profile&apos;s &quot;Retain Patient Characteristics&quot; and &quot;Retain Longitudinal Temporal Information (Full Dates)&quot; options allow, because reading the result needs them. The source file name is hidden too: file names often carry the patient&apos;s name or ID.</extracomment>
        <translation>Image {index}</translation>
    </message>
    <message>
        <source>AI-assisted image analysis report</source>
        <translation>Rapport d&apos;analyse d&apos;image assistée par IA</translation>
    </message>
    <message>
        <source>Generated {time}</source>
        <translation>Généré le {time}</translation>
    </message>
    <message>
        <source>De-identified report</source>
        <translation>Rapport anonymisé</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Page {page} sur {total}</translation>
    </message>
    <message>
        <source>Analysis of {name}</source>
        <translation>Analyse de {name}</translation>
    </message>
    <message>
        <source>image {index} of {total}</source>
        <translation>image {index} sur {total}</translation>
    </message>
    <message>
        <source>Probability per label</source>
        <translation>Probabilité par étiquette</translation>
    </message>
    <message>
        <source>OUTSIDE VALIDATED USE</source>
        <translation>HORS USAGE VALIDÉ</translation>
    </message>
    <message>
        <source>This image is outside what the model was validated for; its result may be wrong even when it looks certain. A clinician must review this image before the result is used.</source>
        <translation>Cette image sort du cadre pour lequel le modèle a été validé ; son résultat peut être faux même s&apos;il paraît certain. Un clinicien doit relire cette image avant toute utilisation du résultat.</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>RELECTURE NÉCESSAIRE</translation>
    </message>
    <message>
        <source>A clinician must review this image before the result is used.</source>
        <translation>Un clinicien doit relire cette image avant toute utilisation du résultat.</translation>
    </message>
    <message>
        <source>AI RESULT</source>
        <translation>RÉSULTAT IA</translation>
    </message>
    <message>
        <source>Inside the model&apos;s validated use and not flagged as uncertain. A clinician still makes the diagnosis.</source>
        <translation>Dans l&apos;usage validé du modèle et non signalé comme incertain. Le diagnostic reste du ressort d&apos;un clinicien.</translation>
    </message>
    <message>
        <source>The input check took this image for “{kind}” and refused it; it was scored anyway at the user&apos;s request.</source>
        <translation>Le contrôle d&apos;entrée a pris cette image pour « {kind} » et l&apos;a refusée ; elle a tout de même été analysée à la demande de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The input check took this image for “{kind}” and refused it.</source>
        <translation>Le contrôle d&apos;entrée a pris cette image pour « {kind} » et l&apos;a refusée.</translation>
    </message>
    <message>
        <source>Image as analysed. No heatmap overlay for this image.</source>
        <translation>Image telle qu&apos;analysée. Pas de carte de chaleur pour cette image.</translation>
    </message>
    <message>
        <source>Heatmap overlay: where the model looked — not a lesion outline</source>
        <translation>Carte de chaleur : où le modèle a regardé — pas le contour d&apos;une lésion</translation>
    </message>
    <message>
        <source>Image as analysed</source>
        <translation>Image telle qu&apos;analysée</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Model sha256</source>
        <translation>sha256 du modèle</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>Fournisseur d&apos;exécution</translation>
    </message>
    <message>
        <source>Operating point</source>
        <translation>Point de fonctionnement</translation>
    </message>
    <message>
        <source>Input check (gate)</source>
        <translation>Contrôle d&apos;entrée</translation>
    </message>
    <message>
        <source>{label} if p ≥ {threshold}</source>
        <translation>{label} si p ≥ {threshold}</translation>
    </message>
    <message>
        <source>highest probability (argmax)</source>
        <translation>probabilité la plus élevée (argmax)</translation>
    </message>
    <message>
        <source>review if {low}–{high}</source>
        <translation>relecture si {low}–{high}</translation>
    </message>
    <message>
        <source>review if top p &lt; {cutoff}</source>
        <translation>relecture si p max &lt; {cutoff}</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>No input check was run</source>
        <translation>Aucun contrôle d&apos;entrée n&apos;a été effectué</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>refused by the gate — scored anyway at the user&apos;s request (override)</source>
        <translation>refusée par le contrôle — analysée quand même à la demande de l&apos;utilisateur (dérogation)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>Type d&apos;image</translation>
    </message>
    <message>
        <source>Gate score</source>
        <translation>Score du contrôle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Agrees with the AI result</source>
        <translation>D&apos;accord avec le résultat de l&apos;IA</translation>
    </message>
    <message>
        <source>Disagrees with the AI result</source>
        <translation>En désaccord avec le résultat de l&apos;IA</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Reviewer&apos;s opinion</source>
        <translation>Avis du relecteur</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Rapport généré le</translation>
    </message>
    <message>
        <source>Clinician review</source>
        <translation>Relecture clinique</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>{count} images analysed</source>
        <translation>{count} images analysées</translation>
    </message>
    <message>
        <source>{count} need review</source>
        <translation>{count} à relire</translation>
    </message>
    <message>
        <source>generated {time}</source>
        <translation>généré le {time}</translation>
    </message>
    <message>
        <source>Probability is the model&apos;s probability of the result shown. Each image has its own page after this one.</source>
        <translation>La probabilité est celle que le modèle attribue au résultat affiché. Chaque image a sa propre page après celle-ci.</translation>
    </message>
    <message>
        <source>Summary of analysed images</source>
        <translation>Synthèse des images analysées</translation>
    </message>
    <message>
        <source>reviewer agrees</source>
        <translation>le relecteur est d&apos;accord</translation>
    </message>
    <message>
        <source>reviewer disagrees</source>
        <translation>le relecteur n&apos;est pas d&apos;accord</translation>
    </message>
    <message>
        <source>AI assistance, not a diagnosis.</source>
        <translation>Aide par IA, pas un diagnostic.</translation>
    </message>
    <message>
        <source>The result, probabilities and heatmap in this report were produced by a machine-learning model and can be wrong. They support, and do not replace, the judgement of a qualified clinician, who makes the diagnosis. Do not use this report as the sole basis for a diagnosis or treatment decision.</source>
        <translation>Le résultat, les probabilités et la carte de chaleur de ce rapport ont été produits par un modèle d&apos;apprentissage automatique et peuvent être erronés. Ils appuient, sans le remplacer, le jugement d&apos;un clinicien qualifié, qui pose le diagnostic. N&apos;utilisez pas ce rapport comme seule base d&apos;un diagnostic ou d&apos;une décision thérapeutique.</translation>
    </message>
    <message>
        <source>AI assistance, not a diagnosis</source>
        <translation>Aide par IA, pas un diagnostic</translation>
    </message>
    <message>
        <source>Not stated in the model card.</source>
        <translation>Non indiqué dans la fiche du modèle.</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Usage prévu :</translation>
    </message>
    <message>
        <source>Limitations:</source>
        <translation>Limites :</translation>
    </message>
    <message>
        <source>not stated in the model card.</source>
        <translation>non indiquées dans la fiche du modèle.</translation>
    </message>
    <message>
        <source>Training data:</source>
        <translation>Données d&apos;entraînement :</translation>
    </message>
    <message>
        <source>ScanLens AI-assisted image analysis report</source>
        <translation>Rapport ScanLens d&apos;analyse d&apos;image assistée par IA</translation>
    </message>
</context>
<context>
    <name>ReportJobs</name>
    <message>
        <source>{what} failed: {reason}</source>
        <translation>Échec de « {what} » : {reason}</translation>
    </message>
    <message>
        <source>unexpected {error} ({detail})</source>
        <translation>{error} inattendue ({detail})</translation>
    </message>
    <message>
        <source>unexpected {error}</source>
        <translation>{error} inattendue</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Patient name</source>
        <extracomment>(metadata key, label, choices or None for free text) of the fields typed for a non-DICOM image.</extracomment>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Date de l&apos;examen</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Incidence</translation>
    </message>
    <message>
        <source>MR sequence</source>
        <translation>Séquence IRM</translation>
    </message>
    <message>
        <source>{text} is not a valid date (YYYY-MM-DD)</source>
        <translation>{text} n&apos;est pas une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>De-identify (remove the patient&apos;s name, ID, birth date and file name)</source>
        <translation>Anonymiser (retirer le nom, l&apos;ID et la date de naissance du patient, ainsi que le nom du fichier)</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field} :</translation>
    </message>
    <message>
        <source>From the DICOM header.</source>
        <translation>Issu de l&apos;en-tête DICOM.</translation>
    </message>
    <message>
        <source>This image has no DICOM header: type the patient and study details (all optional).</source>
        <translation>Cette image n&apos;a pas d&apos;en-tête DICOM : saisissez les informations du patient et de l&apos;examen (toutes facultatives).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>ReportOutputs</name>
    <message>
        <source>Export Report (PDF)…</source>
        <translation>Exporter le rapport (PDF)…</translation>
    </message>
    <message>
        <source>Print Report…</source>
        <translation>Imprimer le rapport…</translation>
    </message>
    <message>
        <source>Export to PACS Folder (DICOM)…</source>
        <translation>Exporter vers un dossier PACS (DICOM)…</translation>
    </message>
    <message>
        <source>There is no analysis on screen to report: analyse an image first.</source>
        <translation>Aucune analyse à l&apos;écran pour le rapport : analysez d&apos;abord une image.</translation>
    </message>
    <message>
        <source>{what}…</source>
        <translation>{what}…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Rapport enregistré : {path}</translation>
    </message>
    <message>
        <source>Prepare the report for printing</source>
        <translation>Préparer le rapport pour l&apos;impression</translation>
    </message>
    <message>
        <source>ScanLens report</source>
        <translation>Rapport ScanLens</translation>
    </message>
    <message>
        <source>Print failed: {reason}</source>
        <translation>Échec de l&apos;impression : {reason}</translation>
    </message>
    <message>
        <source>Sent {count} page(s) to the printer.</source>
        <translation>{count} page(s) envoyée(s) à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Print Preview — ScanLens report</source>
        <translation>Aperçu avant impression — rapport ScanLens</translation>
    </message>
    <message>
        <source>Export to PACS folder</source>
        <translation>Exporter vers un dossier PACS</translation>
    </message>
    <message>
        <source>DICOM export</source>
        <translation>Export DICOM</translation>
    </message>
    <message>
        <source>Exported {count} DICOM file(s) to {folder}</source>
        <translation>{count} fichier(s) DICOM exporté(s) vers {folder}</translation>
    </message>
    <message>
        <source>{message}. Warning: {warnings}</source>
        <translation>{message}. Avertissement : {warnings}</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <source>The logo file does not exist.</source>
        <translation>Le fichier du logo n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The logo is not a PNG or JPEG image that can be read.</source>
        <translation>Le logo n&apos;est pas une image PNG ou JPEG lisible.</translation>
    </message>
    <message>
        <source>Report Settings</source>
        <translation>Paramètres du rapport</translation>
    </message>
    <message>
        <source>e.g. Dr. A. Example</source>
        <translation>p. ex. Dr A. Exemple</translation>
    </message>
    <message>
        <source>Printed in the header of every page</source>
        <translation>Imprimé en en-tête de chaque page</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Nom du relecteur :</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>Nom de l&apos;é&amp;tablissement :</translation>
    </message>
    <message>
        <source>Clinic l&amp;ogo:</source>
        <translation>L&amp;ogo de l&apos;établissement :</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>For&amp;mat de page :</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Logo de l&apos;établissement</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>⚠ NEEDS REVIEW — the model is uncertain. This is not a confident answer.</source>
        <translation>⚠ RELECTURE NÉCESSAIRE — le modèle est incertain. Ce n&apos;est pas une réponse fiable.</translation>
    </message>
    <message>
        <source>Input gate: not run</source>
        <extracomment>Amber: an uncertain result. Deep red: a result outside the model&apos;s validated use. Text drawn straight on the panel (the window colour): an overridden input gate.</extracomment>
        <translation>Contrôle d&apos;entrée : non exécuté</translation>
    </message>
    <message>
        <source>looks like {kind} ({score})</source>
        <translation>ressemble à {kind} ({score})</translation>
    </message>
    <message>
        <source>⚠ Input gate overridden by user — the gate says this {looks}; the model was not validated on it.</source>
        <translation>⚠ Dérogation au contrôle d&apos;entrée par l&apos;utilisateur — selon le contrôle, cette image {looks} ; le modèle n&apos;a pas été validé sur ce type d&apos;image.</translation>
    </message>
    <message>
        <source>Input gate: {looks} — matches the model</source>
        <translation>Contrôle d&apos;entrée : {looks} — correspond au modèle</translation>
    </message>
    <message>
        <source>Input gate: {looks} — not accepted</source>
        <translation>Contrôle d&apos;entrée : {looks} — non acceptée</translation>
    </message>
    <message>
        <source>Model {model} {version} · sha256 {sha} · {provider}{timing}</source>
        <translation>Modèle {model} {version} · sha256 {sha} · {provider}{timing}</translation>
    </message>
    <message>
        <source>⚠ OUTSIDE VALIDATED USE — {reasons}. The result may be wrong even if it looks certain.</source>
        <translation>⚠ HORS USAGE VALIDÉ — {reasons}. Le résultat peut être faux même s&apos;il paraît certain.</translation>
    </message>
    <message>
        <source>Decision support only: confirm with a qualified reader.</source>
        <translation>Aide à la décision uniquement : à confirmer par un lecteur qualifié.</translation>
    </message>
    <message>
        <source>Outside validated use</source>
        <translation>Hors usage validé</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Relecture nécessaire</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>No analysed case: analyse an image, or open a case from the case history.</source>
        <translation>Aucun cas analysé : analysez une image ou ouvrez un cas depuis l&apos;historique des cas.</translation>
    </message>
    <message>
        <source>Your name (remembered)</source>
        <translation>Votre nom (mémorisé)</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>D&apos;accord</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Pas d&apos;accord</translation>
    </message>
    <message>
        <source>Your opinion of the AI result</source>
        <translation>Votre avis sur le résultat de l&apos;IA</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Commentaire de relecture</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Enregistrer la relecture</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Relecteur :</translation>
    </message>
    <message>
        <source>AI result:</source>
        <translation>Résultat de l&apos;IA :</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>Type your name to save a review</source>
        <translation>Saisissez votre nom pour enregistrer une relecture</translation>
    </message>
    <message>
        <source>Record this review in the case history (audited)</source>
        <translation>Enregistrer cette relecture dans l&apos;historique des cas (tracé)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>{name} &apos;{value}&apos; not usable</source>
        <extracomment>unit as written (DICOM AS uses D/W/M/Y; people write more) -&gt; years per unit; no unit means years.</extracomment>
        <translation>{name} &apos;{value}&apos; inutilisable</translation>
    </message>
    <message>
        <source>{birth} does not fit {date}</source>
        <translation>{birth} incompatible avec {date}</translation>
    </message>
    <message>
        <source>{birth} without a study date</source>
        <translation>{birth} sans date d&apos;examen</translation>
    </message>
    <message>
        <source>{months} mo</source>
        <translation>{months} mois</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} j</translation>
    </message>
    <message>
        <source>{years} y</source>
        <translation>{years} ans</translation>
    </message>
    <message>
        <source>typed {view}</source>
        <extracomment>Localizer / scout images, named in ImageType (LOCALIZER) or by vendors in the series description: Siemens &quot;Topogram&quot;, &quot;localizer&quot;, &quot;AAHead_Scout&quot;; Philips &quot;Surview&quot;, &quot;Survey&quot;; GE &quot;3-Plane Loc&quot;, &quot;Tri-Pilot&quot;; Toshiba &quot;Scanogram&quot;. A skeletal survey is a radiographic study, not a localizer. metadata keys of the free text that may name a sequence, a view or a localizer, with their DICOM names. ... and those that may name the body part when BodyPartExamined is empty (many devices leave it so). Words that name a body part in such text (normalised; DICOM CID 4031 terms and common abbreviations). Words that are also other things are left out: FACE (SURFACE coil), CERVICAL/THORACIC/LUMBAR (spine or organ), LAT/AP (views).</extracomment>
        <translation>saisi {view}</translation>
    </message>
    <message>
        <source>modality unknown</source>
        <extracomment>Words a BodyPartExamined may carry besides the body part (&quot;CHEST PA&quot;, &quot;PORT CHEST&quot;, &quot;CHEST_2_VIEWS&quot;).</extracomment>
        <translation>modalité inconnue</translation>
    </message>
    <message>
        <source>modality unknown ({modality})</source>
        <translation>modalité inconnue ({modality})</translation>
    </message>
    <message>
        <source>modality {modality} — validated {validated}</source>
        <translation>modalité {modality} — validé pour {validated}</translation>
    </message>
    <message>
        <source>body part unknown</source>
        <translation>région anatomique inconnue</translation>
    </message>
    <message>
        <source>body part unknown ({part})</source>
        <translation>région anatomique inconnue ({part})</translation>
    </message>
    <message>
        <source>body part {part} — validated {validated}</source>
        <translation>région anatomique {part} — validé pour {validated}</translation>
    </message>
    <message>
        <source>localizer image ({evidence})</source>
        <translation>image de repérage ({evidence})</translation>
    </message>
    <message>
        <source>view unknown</source>
        <translation>incidence inconnue</translation>
    </message>
    <message>
        <source>lateral view ({evidence})</source>
        <translation>incidence de profil ({evidence})</translation>
    </message>
    <message>
        <source>decubitus view ({evidence})</source>
        <translation>incidence en décubitus ({evidence})</translation>
    </message>
    <message>
        <source>oblique view ({evidence})</source>
        <translation>incidence oblique ({evidence})</translation>
    </message>
    <message>
        <source>view not {validated} ({evidence})</source>
        <translation>incidence autre que {validated} ({evidence})</translation>
    </message>
    <message>
        <source>sequence unknown</source>
        <translation>séquence inconnue</translation>
    </message>
    <message>
        <source>sequence {names} — validated {validated}</source>
        <translation>séquence {names} — validé pour {validated}</translation>
    </message>
    <message>
        <source>age unknown ({note})</source>
        <translation>âge inconnu ({note})</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>âge inconnu</translation>
    </message>
    <message>
        <source>age {age} — validated {range}</source>
        <translation>âge {age} — validé pour {range}</translation>
    </message>
    <message>
        <source>Outside validated use: {reasons}</source>
        <translation>Hors usage validé : {reasons}</translation>
    </message>
    <message>
        <source>unlike the images this model was trained on (shift {score} &gt; {threshold})</source>
        <translation>différente des images d&apos;entraînement de ce modèle (écart {score} &gt; {threshold})</translation>
    </message>
    <message>
        <source>{finding} named on an image unlike this model&apos;s training images of it (score {score} &gt; {threshold})</source>
        <translation>{finding} indiqué sur une image différente des images d&apos;apprentissage de ce modèle pour ce diagnostic (score {score} &gt; {threshold})</translation>
    </message>
    <message>
        <source>skull not checked (no head outline found)</source>
        <translation>crâne non vérifié (aucun contour de tête trouvé)</translation>
    </message>
    <message>
        <source>the model is uncertain about this image</source>
        <translation>le modèle est incertain pour cette image</translation>
    </message>
    <message>
        <source>Not checked: {unknowns}</source>
        <translation>Non vérifié : {unknowns}</translation>
    </message>
    <message>
        <source>skull-stripped slice (validated on slices with the skull; score {score} &lt; {threshold})</source>
        <translation>coupe sans boîte crânienne (modèle validé sur des coupes avec la boîte crânienne ; score {score} &lt; {threshold})</translation>
    </message>
    <message>
        <source>{finding} called on a markedly asymmetric slice (asymmetry {score} &gt; {threshold}): a tumour may be missed</source>
        <translation>{finding} indiqué sur une coupe nettement asymétrique (asymétrie {score} &gt; {threshold}) : une tumeur peut être manquée</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Automatic — a GPU when one is usable, else the CPU</source>
        <translation>Automatique — un GPU s&apos;il est utilisable, sinon le CPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU uniquement</translation>
    </message>
    <message>
        <source>GPU (falls back to the CPU, with a note, when none is usable)</source>
        <translation>GPU (repli sur le CPU, avec une note, si aucun n&apos;est utilisable)</translation>
    </message>
    <message>
        <source>Analysis Settings</source>
        <translation>Paramètres d&apos;analyse</translation>
    </message>
    <message>
        <source>Analyse &amp;automatically when an image is opened</source>
        <translation>Analyser &amp;automatiquement à l&apos;ouverture d&apos;une image</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Execution &amp;device:</source>
        <translation>Pé&amp;riphérique d&apos;exécution :</translation>
    </message>
    <message>
        <source>Your &amp;models folder:</source>
        <translation>Votre dossier de &amp;modèles :</translation>
    </message>
    <message>
        <source>Model packs (&lt;id&gt;.onnx with its &lt;id&gt;.json card) in this folder are offered next to the shipped models. Changing the device or folder reloads the models on the next analysis.</source>
        <translation>Les paquets de modèles (&lt;id&gt;.onnx avec sa fiche &lt;id&gt;.json) de ce dossier sont proposés à côté des modèles fournis. Changer de périphérique ou de dossier recharge les modèles à la prochaine analyse.</translation>
    </message>
    <message>
        <source>Folder with model packs</source>
        <translation>Dossier des paquets de modèles</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between controls, Space or Enter presses the focused button, Alt with the underlined letter opens a menu, Escape closes a dialog.</source>
        <translation>Tab et Maj+Tab passent d&apos;un élément à l&apos;autre, Espace ou Entrée active le bouton sélectionné, Alt avec la lettre soulignée ouvre un menu, Échap ferme une boîte de dialogue.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Lister tous les raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>StoredCase</name>
    <message>
        <source>no file</source>
        <translation>aucun fichier</translation>
    </message>
    <message>
        <source>Case #{id} (from the history) — {file}: {decision}</source>
        <translation>Cas n° {id} (de l&apos;historique) — {file} : {decision}</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>The images of the folder; arrow keys or Page Up/Down move between them</source>
        <translation>Les images du dossier ; les flèches ou Page préc./suiv. permettent de passer de l&apos;une à l&apos;autre</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <source>Soft tissue</source>
        <extracomment>Common CT windows (center, width in HU), offered when the image is in Hounsfield units. Their names are shown translated (window_controls.window_name); the file&apos;s own presets keep their names.</extracomment>
        <translation>Tissus mous</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Poumon</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Os</translation>
    </message>
    <message>
        <source>Brain</source>
        <translation>Cerveau</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation>Médiastin</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>Foie</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Full range</source>
        <extracomment>The imaging core&apos;s own window names (desktop_app.imaging.render), translated where shown.</extracomment>
        <translation>Plage complète</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
</context>
</TS>
