/**
 */
package org.glossa.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One annotator's (or the gold) annotations of one document; the root of a file of its own.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.glossa.model.AnnotationSet#getDocumentId <em>Document Id</em>}</li>
 *   <li>{@link org.glossa.model.AnnotationSet#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.glossa.model.AnnotationSet#isGold <em>Gold</em>}</li>
 *   <li>{@link org.glossa.model.AnnotationSet#getStatus <em>Status</em>}</li>
 *   <li>{@link org.glossa.model.AnnotationSet#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.glossa.model.AnnotationSet#getNextSpanNumber <em>Next Span Number</em>}</li>
 *   <li>{@link org.glossa.model.AnnotationSet#getSpans <em>Spans</em>}</li>
 * </ul>
 *
 * @see org.glossa.model.GlossaPackage#getAnnotationSet()
 * @model
 * @generated
 */
public interface AnnotationSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Document Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document Id</em>' attribute.
	 * @see #setDocumentId(String)
	 * @see org.glossa.model.GlossaPackage#getAnnotationSet_DocumentId()
	 * @model
	 * @generated
	 */
	String getDocumentId();

	/**
	 * Sets the value of the '{@link org.glossa.model.AnnotationSet#getDocumentId <em>Document Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Id</em>' attribute.
	 * @see #getDocumentId()
	 * @generated
	 */
	void setDocumentId(String value);

	/**
	 * Returns the value of the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotator</em>' attribute.
	 * @see #setAnnotator(String)
	 * @see org.glossa.model.GlossaPackage#getAnnotationSet_Annotator()
	 * @model
	 * @generated
	 */
	String getAnnotator();

	/**
	 * Sets the value of the '{@link org.glossa.model.AnnotationSet#getAnnotator <em>Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotator</em>' attribute.
	 * @see #getAnnotator()
	 * @generated
	 */
	void setAnnotator(String value);

	/**
	 * Returns the value of the '<em><b>Gold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gold</em>' attribute.
	 * @see #setGold(boolean)
	 * @see org.glossa.model.GlossaPackage#getAnnotationSet_Gold()
	 * @model
	 * @generated
	 */
	boolean isGold();

	/**
	 * Sets the value of the '{@link org.glossa.model.AnnotationSet#isGold <em>Gold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gold</em>' attribute.
	 * @see #isGold()
	 * @generated
	 */
	void setGold(boolean value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.glossa.model.AnnotationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.glossa.model.AnnotationStatus
	 * @see #setStatus(AnnotationStatus)
	 * @see org.glossa.model.GlossaPackage#getAnnotationSet_Status()
	 * @model
	 * @generated
	 */
	AnnotationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.glossa.model.AnnotationSet#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.glossa.model.AnnotationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AnnotationStatus value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The content hash of the document text these offsets refer to; a mismatch on load means the offsets cannot be trusted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.glossa.model.GlossaPackage#getAnnotationSet_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.glossa.model.AnnotationSet#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Next Span Number</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next Span Number</em>' attribute.
	 * @see #setNextSpanNumber(int)
	 * @see org.glossa.model.GlossaPackage#getAnnotationSet_NextSpanNumber()
	 * @model default="1"
	 * @generated
	 */
	int getNextSpanNumber();

	/**
	 * Sets the value of the '{@link org.glossa.model.AnnotationSet#getNextSpanNumber <em>Next Span Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Span Number</em>' attribute.
	 * @see #getNextSpanNumber()
	 * @generated
	 */
	void setNextSpanNumber(int value);

	/**
	 * Returns the value of the '<em><b>Spans</b></em>' containment reference list.
	 * The list contents are of type {@link org.glossa.model.SpanAnnotation}.
	 * It is bidirectional and its opposite is '{@link org.glossa.model.SpanAnnotation#getSet <em>Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spans</em>' containment reference list.
	 * @see org.glossa.model.GlossaPackage#getAnnotationSet_Spans()
	 * @see org.glossa.model.SpanAnnotation#getSet
	 * @model opposite="set" containment="true"
	 * @generated
	 */
	EList<SpanAnnotation> getSpans();

} // AnnotationSet
